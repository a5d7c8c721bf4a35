/**
 * `npm run bench`: the engine next to obscenity, mint-filter and @monyone/aho-corasick on a generated kit of
 * 10,000 terms (half English, half Chinese) and mixed drafts of 280 / 2,000 / 20,000 characters.
 * Prints compile time, median check time per size, ratios, a disguise table and PASS/FAIL per target.
 */
import { AhoCorasick } from '@monyone/aho-corasick';
import { Mint } from 'mint-filter';
import { RegExpMatcher, englishRecommendedTransformers, parseRawPattern } from 'obscenity';
import { compileKit, buildStarterKit, type BannedTerm, type BrandKit } from '@/lib/engine';
import { DISGUISES, FALSE_ALARMS, generateDraft, generateKit, generateTerms } from './engine/fixtures';

const SIZES = [280, 2_000, 20_000];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median time of one call, measured in batches so tiny calls are not lost in timer resolution. */
function time(fn: () => unknown, budgetMs = 400): number {
  // Warm up for a while (every library alike): the JIT re-optimises when the input size changes.
  const warmEnd = performance.now() + Math.min(150, budgetMs / 2);
  for (let i = 0; i < 5 || performance.now() < warmEnd; i++) fn();
  const t0 = performance.now();
  fn();
  const single = Math.max(performance.now() - t0, 0.001);
  const perBatch = Math.max(1, Math.min(1000, Math.floor(0.5 / single)));
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (samples.length < 15 || (performance.now() < end && samples.length < 200)) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push((performance.now() - start) / perBatch);
  }
  return median(samples);
}

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const fmt = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(3)} ms`);
const results: Array<[string, boolean, string]> = [];
const target = (name: string, pass: boolean, detail: string) => results.push([name, pass, detail]);

// --- Compile --------------------------------------------------------------------------------------------
const terms = generateTerms(10_000);
const allTerms = [...terms.english, ...terms.chinese];
const kit = generateKit(terms);
const bannedOnlyKit: BrandKit = { ...kit, tone: undefined, privacy: { email: false, phone: false, cnId: false, bankCard: false } };

// Compile a few times: the first run also warms the JIT; report the median of the rest.
compileKit(kit);
const compileTimes = [0, 0, 0, 0, 0].map(() => timeOnce(() => compileKit(kit)));
const engineCompile = median(compileTimes);
const checker = compileKit(kit);
const bannedChecker = compileKit(bannedOnlyKit);
const obscenityCompile = timeOnce(() => new RegExpMatcher({ blacklistedTerms: allTerms.map((t, id) => ({ id, pattern: parseRawPattern(t) })), ...englishRecommendedTransformers }));
const obscenity = new RegExpMatcher({ blacklistedTerms: allTerms.map((t, id) => ({ id, pattern: parseRawPattern(t) })), ...englishRecommendedTransformers });
const mintCompile = timeOnce(() => new Mint(allTerms));
const mint = new Mint(allTerms);
const acCompile = timeOnce(() => new AhoCorasick(allTerms));
const ac = new AhoCorasick(allTerms);

console.log(`\nKit: ${kit.bannedTerms.length} banned terms (${terms.english.length} English, ${terms.chinese.length} Chinese + starter packs), tone, privacy, patterns.\n`);
console.log('Compile');
console.log(`  onbrand engine        ${fmt(engineCompile)} (median of 5)`);
console.log(`  obscenity             ${fmt(obscenityCompile)}`);
console.log(`  mint-filter           ${fmt(mintCompile)}`);
console.log(`  @monyone/aho-corasick ${fmt(acCompile)}`);
target('compile 10,000-term kit ≤ 50 ms', engineCompile <= 50, fmt(engineCompile));

// --- Check ----------------------------------------------------------------------------------------------
console.log('\nMedian time per check (banned-term matching; the engine with every normalisation on)');
console.log('  size     engine      full check   obscenity    mint-filter  aho-corasick  ×obscenity ×mint  ×aho');
for (const size of SIZES) {
  const draft = generateDraft(size, terms);
  const engineBanned = time(() => bannedChecker.check(draft, { platform: 'generic', lists: ['banned'] }));
  const engineFull = time(() => checker.check(draft, { platform: 'x' }));
  const obscenityTime = time(() => obscenity.getAllMatches(draft), size > 2_000 ? 2_000 : 600);
  const mintTime = time(() => mint.filter(draft, { replace: false }));
  const acTime = time(() => ac.matchInText(draft));
  const fastest = Math.min(mintTime, acTime, obscenityTime);
  console.log(
    `  ${String(size).padEnd(8)} ${fmt(engineBanned).padEnd(11)} ${fmt(engineFull).padEnd(12)} ${fmt(obscenityTime).padEnd(12)} ${fmt(mintTime).padEnd(12)} ${fmt(acTime).padEnd(13)} ` +
      `${(obscenityTime / engineBanned).toFixed(0).padStart(9)}× ${(mintTime / engineBanned).toFixed(1).padStart(5)}× ${(acTime / engineBanned).toFixed(1).padStart(5)}×`,
  );
  target(`banned matching faster than fastest competitor @${size}`, engineBanned < fastest, `${fmt(engineBanned)} vs ${fmt(fastest)}`);
  target(`banned matching ≥ 100× faster than obscenity @${size}`, obscenityTime / engineBanned >= 100, `${(obscenityTime / engineBanned).toFixed(0)}×`);
  if (size === 2_000) target('full check of 2,000 chars ≤ 0.3 ms', engineFull <= 0.3, fmt(engineFull));
  if (size === 20_000) target('full check of 20,000 chars ≤ 3 ms', engineFull <= 3, fmt(engineFull));
}
const big = generateDraft(100_000, terms);
console.log(`  100 KB draft, full check: ${fmt(time(() => checker.check(big, { platform: 'x' }), 300))}`);

// --- Disguises ------------------------------------------------------------------------------------------
const ENGINE_OPTIONS: Record<string, Partial<BannedTerm>> = {
  '傻逼': { pinyin: true },
  '靠': { allowContexts: ['可靠', '靠谱'] },
  '第一': { allowContexts: ['第一次'] },
};
function engineCatches(term: string, draft: string): boolean {
  const small = compileKit({ ...buildStarterKit({ packs: [] }), bannedTerms: [{ term, category: 'profanity', severity: 'block', ...ENGINE_OPTIONS[term] }] });
  return small.check(draft, { platform: 'generic', lists: ['banned'] }).length > 0;
}
const competitors: Array<[string, (term: string, draft: string) => boolean]> = [
  ['onbrand', engineCatches],
  ['obscenity', (term, draft) => new RegExpMatcher({ blacklistedTerms: [{ id: 0, pattern: parseRawPattern(term) }], ...englishRecommendedTransformers }).hasMatch(draft)],
  ['mint-filter', (term, draft) => new Mint([term]).filter(draft, { replace: false }).words.length > 0],
  ['aho-corasick', (term, draft) => new AhoCorasick([term]).hasKeywordInText(draft)],
];
const mark = (ok: boolean) => (ok ? 'yes' : ' - ');
console.log('\nDisguises caught');
console.log(`  ${'disguise'.padEnd(32)} ${competitors.map(([n]) => n.padEnd(13)).join('')}`);
let engineCaught = 0;
for (const row of DISGUISES) {
  const cells = competitors.map(([, catches]) => catches(row.term, row.draft));
  if (cells[0]) engineCaught++;
  console.log(`  ${row.name.padEnd(32)} ${cells.map((c) => mark(c).padEnd(13)).join('')}`);
}
console.log('\nFalse alarms (yes = wrongly flagged)');
let engineFalse = 0;
for (const row of FALSE_ALARMS) {
  const cells = competitors.map(([, catches]) => catches(row.term, row.draft));
  if (cells[0]) engineFalse++;
  console.log(`  ${row.name.padEnd(32)} ${cells.map((c) => mark(c).padEnd(13)).join('')}`);
}
target('engine catches every disguise', engineCaught === DISGUISES.length, `${engineCaught}/${DISGUISES.length}`);
target('engine raises no false alarm', engineFalse === 0, `${engineFalse}/${FALSE_ALARMS.length}`);

console.log('\nTargets');
for (const [name, pass, detail] of results) console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${name.padEnd(52)} ${detail}`);
