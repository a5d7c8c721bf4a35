import { describe, expect, it } from 'vitest';
import { xWeightedLength, measure } from '@/lib/engine/length';
import { findPersonalData, findUrls } from '@/lib/engine/privacy';
import { maskPersonalData } from '@/lib/records/mask';
import { compileUserPattern, findAll } from '@/lib/engine/user-pattern';
import { parseTemplateBody } from '@/lib/templates/body';
import { parseCsv, serializeCsv } from '@/lib/csv';
import { previewCsv } from '@/lib/calendar/csv-slots';
import { previewIcs, resolveTzid } from '@/lib/calendar/ics-import';
import { parseTermsCsv } from '@/lib/kits/bulk-terms';
import { readKitText } from '@/lib/kits/kit-file';
import { findSyntaxError, locatePath } from '@/lib/kits/json-position';
import { parseTemplateLibrary } from '@/lib/templates';
import { decodeImportBytes } from '@/lib/import-text';

// Issue 15 point 4: no built-in pattern or parser freezes on hostile input. Keystroke-path code gets an absolute
// budget (10 ms per 20,000 characters, the best of a few runs so a busy machine does not flake); imports must
// grow linearly (8× the input may take at most 24× the time: quadratic code takes 64×).

const N = 20_000;
// Inputs are built once (outside the timed runs) and reused.
const built = new Map<string, string>();
const fill = (unit: string, length = N) => {
  const key = `${length}:${unit}`;
  let text = built.get(key);
  if (text === undefined)
    built.set(key, (text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length)));
  return text;
};
const HOSTILE: Record<string, (length?: number) => string> = {
  digits: (n) => fill('1', n),
  'dotted labels': (n) => fill('a.', n),
  punctuation: (n) => fill('.,;:!?()[]{}-/@#*"\'', n),
  spaces: (n) => fill(' ', n),
  'emoji and combining marks': (n) => fill('👍🏽e\u0301\u0301👨‍👩‍👧', n),
  'digits and separators': (n) => fill('1 1-1.(1)/', n),
  'full-width digits': (n) => fill('１　', n),
  'at signs': (n) => fill('a@b.', n),
  'link starts': (n) => fill('http://a', n),
  cjk: (n) => fill('详情见电话', n),
};

function bestOf(runs: number, run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const KEYSTROKE_BUDGET_MS = 10;

describe('keystroke path: ≤ 10 ms per 20,000 characters of hostile text', () => {
  // Typical kit patterns, the counted repeat the issue measured, and ones whose alphabet is every character.
  const patterns = [
    'ORD-[0-9]{6}|(?i)refund',
    '[A-Za-z]{20}',
    '[A-Za-z]{100}',
    '\\w+@\\w+',
    '.+x',
    '[^x]{150}x',
  ].map((source) => compileUserPattern(source, false));
  const paths: Record<string, (text: string) => unknown> = {
    'X weighted length': xWeightedLength,
    'code point and byte length': (t) => [measure(t, 'chars'), measure(t, 'bytes')],
    'link detection': findUrls,
    'privacy detectors': findPersonalData,
    'template variables': parseTemplateBody,
    'user patterns': (t) => patterns.map((p) => p.ok && findAll(p.regex, t)),
  };
  for (const [name, run] of Object.entries(paths)) {
    it(name, () => {
      for (const [kind, make] of Object.entries(HOSTILE)) {
        const text = make(N);
        run(text); // warm up
        const ms = bestOf(5, () => run(text));
        expect(ms, `${name} on ${N} characters of ${kind}: ${ms.toFixed(1)} ms`).toBeLessThanOrEqual(
          KEYSTROKE_BUDGET_MS,
        );
      }
    });
  }

  it('masking a 100 KB record (the schema maximum) stays within the same rate', () => {
    for (const [kind, make] of Object.entries(HOSTILE)) {
      const text = make(100_000);
      maskPersonalData(text);
      const ms = bestOf(3, () => maskPersonalData(text));
      expect(ms, `masking 100 KB of ${kind}: ${ms.toFixed(1)} ms`).toBeLessThanOrEqual(
        KEYSTROKE_BUDGET_MS * 5,
      );
    }
  });

  it('a user pattern that would cost too much on a long draft is refused with the reason', () => {
    const refused = compileUserPattern('[A-Za-z]{1000}', false);
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('at most') });
  });
});

/**
 * Time at 1× and 8× input (best of five each); linear code grows ~8×, quadratic 64×. A wide step keeps the two
 * apart on a busy machine: at 4× the garbage collector alone pushed linear parsers to ×11 in a full parallel run,
 * against ×16 for quadratic code. The 1× size is doubled until it takes 25 ms, so timer resolution does not decide
 * and both sizes sit past the jump where V8 starts promoting to the old generation (×3.6 from 200k to 400k rows).
 */
function growth(run: (scale: number) => unknown): { ratio: number; small: number; large: number } {
  run(1); // warm up the JIT
  let base = 1;
  while (base < 64 && bestOf(3, () => run(base)) < 25) base *= 2;
  const small = bestOf(5, () => run(base));
  const large = bestOf(5, () => run(base * 8));
  return { ratio: large / small, small, large };
}
const expectLinear = (name: string, run: (scale: number) => unknown) => {
  // A second measurement before failing: garbage collection on a shared machine can spike one 4× run;
  // quadratic code fails both.
  let { ratio, small, large } = growth(run);
  if (ratio >= 24) ({ ratio, small, large } = growth(run));
  // Input that is refused or skipped early costs microseconds at any size: the ratio is then timer noise.
  if (large < 5) return;
  expect(
    ratio,
    `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms at 8× (×${ratio.toFixed(1)})`,
  ).toBeLessThan(24);
};

describe('imports grow linearly with hostile input (1× vs 8×)', () => {
  const FIELD = 25_000; // ×8 = the 200,000-character fields of the issue (and more while the 1× run is too quick to time)
  const options = { defaultTimeZone: 'Asia/Shanghai', campaigns: [] };
  const ics = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body}END:VCALENDAR\r\n`;
  const cases: Record<string, (scale: number) => unknown> = {
    'CSV: one huge quoted field': (s) => parseCsv(`a,b\r\n"${fill('x""', FIELD * s)}",1\r\n`),
    'CSV: an unclosed quote': (s) => parseCsv(`a,b\r\n"${fill('x,', FIELD * s)}`),
    'CSV: many short rows': (s) => parseCsv(fill('1,2,3\n', FIELD * s)),
    'CSV: a header line of quotes': (s) => parseCsv(fill('"', FIELD * s)),
    'CSV serializer with the formula guard': (s) =>
      serializeCsv([[fill('=1"', FIELD * s), fill(' ', FIELD * s)]]),
    'calendar CSV preview': (s) =>
      previewCsv(`date,time,platform,title\n${fill('2025-01-01,09:00,x,t\n', FIELD * s)}`, options),
    'calendar CSV: a 200,000-character cell': (s) =>
      previewCsv(`date,time,platform,title\n2025-01-01,09:00,x,${fill('t', FIELD * s)}\n`, options),
    'terms CSV': (s) =>
      parseTermsCsv(`term,category,severity\n${fill('bad,custom,warn\n', FIELD * s)}`, {
        category: 'custom',
        severity: 'warn',
      }),
    'ICS: a 200,000-character TZID': (s) =>
      previewIcs(
        ics(
          `BEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=${fill('A/', FIELD * s)}:20250101T090000\r\nSUMMARY:x\r\nEND:VEVENT\r\n`,
        ),
        options,
      ),
    'ICS: a TZID of slashes and letters': (s) => resolveTzid(fill('a/b_', FIELD * s)),
    'ICS: a long folded summary': (s) =>
      previewIcs(
        ics(
          `BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20250101T090000Z\r\nSUMMARY:${fill('x\r\n ', FIELD * s)}\r\nEND:VEVENT\r\n`,
        ),
        options,
      ),
    'ICS: many events': (s) =>
      previewIcs(
        ics(
          fill('BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20250101T090000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\n', FIELD * s),
        ),
        options,
      ),
    'ICS: a parameter of quotes and semicolons': (s) =>
      previewIcs(ics(`BEGIN:VEVENT\r\nX-A;${fill('P=";";', FIELD * s)}:1\r\nEND:VEVENT\r\n`), options),
    'kit JSON: broken after a long string': (s) =>
      readKitText(`{"version": 2, "name": "${fill('a', FIELD * s)}", }`),
    'kit JSON: deep nesting': (s) => readKitText(fill('[', FIELD * s)),
    'kit JSON: locating a path in a long list': (s) =>
      locatePath(`{"bannedTerms": [${fill('{"term":"x"},', FIELD * s)}{"term":5}]}`, [
        'bannedTerms',
        0,
        'term',
      ]),
    'JSON syntax scan of many keys': (s) => findSyntaxError(`{${fill('"a":1,', FIELD * s)}}`),
    'template library JSON': (s) =>
      parseTemplateLibrary({
        version: 1,
        templates: [{ id: 't', name: 'n', body: fill('{a}{{b}}{date+1}', FIELD * s) }],
      }),
    'template variables in a 200,000-character body': (s) => parseTemplateBody(fill('{{{{}}}}{', FIELD * s)),
    'decoding file bytes (invalid UTF-8 at the end)': (s) =>
      decodeImportBytes(new Uint8Array([...new TextEncoder().encode(fill('详', FIELD * s)), 0xff])),
  };
  for (const [name, run] of Object.entries(cases)) it(name, () => expectLinear(name, run));
});
