/**
 * The user-pattern column of `npm run bench` (issue 15): kit patterns (RE2 syntax, re2js) on 20,000 characters of
 * letters, hanzi and mixed text, as the checker scans them (lib/engine/pattern-scan.ts), next to re2js's Matcher
 * alone (the scan before the plan) and native RegExp (the baseline ratio: native backtracks, so it is never run
 * on user input; it shows what a JS engine does on the same work).
 */
import { compileUserPattern, scanUserPattern } from '@/lib/engine/user-pattern';
import type { RE2JS } from 're2js';

const SIZE = 20_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const TEXTS: Record<string, string> = {
  letters: fill('abcdefghijklmnopqrst'),
  hanzi: fill('汉字测试中文内容很多'),
  mixed: fill(
    'Thanks for reaching out! Order ORD-123456 ships today 🚚 感谢您的耐心等待，客服电话 400-800-1234。 SAVE20 applies until Friday. ',
  ),
};
/** RE2 source and the same pattern as a native RegExp. */
const PATTERNS: Array<[string, RegExp]> = [
  ['[A-Za-z]{20}', /[A-Za-z]{20}/g],
  ['ORD-[0-9]{6}|(?i)refund', /ORD-[0-9]{6}|[Rr][Ee][Ff][Uu][Nn][Dd]/g],
  ['\\bSAVE\\d+\\b', /\bSAVE\d+\b/g],
  ['\\w+@\\w+', /\w+@\w+/g],
  ['[A-Za-z]{100}', /[A-Za-z]{100}/g],
];
const LIMIT = 200;
export const USER_PATTERN_TARGET_MS = 10;

/** re2js's Matcher over the whole draft, no plan and no budget: how user patterns were scanned before. */
function re2jsAlone(regex: RE2JS, text: string): number {
  const matcher = regex.matcher(text);
  let n = 0;
  while (n < LIMIT && matcher.find()) n++;
  return n;
}

function nativeScan(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let n = 0;
  while (n < LIMIT && regex.exec(text)) n++;
  return n;
}

export function benchUserPatterns(
  time: (fn: () => unknown, budgetMs?: number) => number,
  fmt: (ms: number) => string,
  target: (name: string, pass: boolean, detail: string) => void,
): void {
  console.log(`\nUser patterns (re2js) on ${SIZE.toLocaleString('en')} characters, median per scan`);
  console.log(
    `  ${'pattern'.padEnd(26)}${'text'.padEnd(9)}${'engine'.padEnd(11)}${'re2js alone'.padEnd(13)}${'native RegExp'.padEnd(15)}engine ÷ native`,
  );
  let worst = 0;
  let worstAt = '';
  for (const [source, native] of PATTERNS) {
    const compiled = compileUserPattern(source, false);
    if (!compiled.ok) throw new Error(`${source}: ${compiled.error}`);
    for (const [name, text] of Object.entries(TEXTS)) {
      const engine = time(() => scanUserPattern(compiled.regex, text, { limit: LIMIT }), 300);
      const alone = time(() => re2jsAlone(compiled.regex, text), 300);
      const baseline = time(() => nativeScan(native, text), 300);
      if (engine > worst) {
        worst = engine;
        worstAt = `${source} on ${name}`;
      }
      console.log(
        `  ${source.padEnd(26)}${name.padEnd(9)}${fmt(engine).padEnd(11)}${fmt(alone).padEnd(13)}${fmt(baseline).padEnd(15)}${(engine / baseline).toFixed(1)}×`,
      );
    }
  }
  target(
    `user patterns ≤ ${USER_PATTERN_TARGET_MS} ms per 20,000 chars (slowest)`,
    worst <= USER_PATTERN_TARGET_MS,
    `${fmt(worst)} (${worstAt})`,
  );
}
