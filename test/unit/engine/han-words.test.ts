/**
 * standsAlone (lib/engine/han-words.ts) on its own: the window it shows the segmenter, its cache of answers and
 * the fallback without Intl.Segmenter. Each test imports a fresh copy of the module, so no answer is cached
 * from another test. Written from the mutation run of round 14 (test/mutation/README.md).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type StandsAlone = typeof import('@/lib/engine/han-words').standsAlone;

async function freshStandsAlone(): Promise<StandsAlone> {
  vi.resetModules();
  return (await import('@/lib/engine/han-words')).standsAlone;
}

/** The texts the segmenter was asked about, in order. */
function segmenterCalls() {
  const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment');
  return () => spy.mock.calls.map(([text]) => text);
}

/** The answer straight from the segmenter, for a one-character hit at `at` of `text` (the whole text). */
function segmenterSays(text: string, at: number): boolean {
  const part = new Intl.Segmenter('zh', { granularity: 'word' }).segment(text).containing(at);
  return !!part && part.index === at && part.segment.length === 1;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('standsAlone: the hanzi is a word by itself', () => {
  it.each([
    ['我靠', 1, true],
    ['操!', 0, true],
    ['曹操率军南下', 1, false], // inside a word that starts before it
    ['这个产品很可靠', 6, false],
    ['可靠的产品', 0, false], // the first of a longer word
    // Hits further in than the window's six characters: the segmenter reads a window that starts after the text's
    // start, so the hit's offset in it is not its place in the text.
    ['甲乙丙丁戊己庚辛曹操', 9, false],
    ['我们今天一起读到曹操率军南下的故事', 9, false],
    ['今天下午大家都说了我靠', 10, true],
  ] as const)('%s at %i → %s', async (text, at, alone) => {
    const standsAlone = await freshStandsAlone();
    expect(standsAlone(text, at, at + 1)).toBe(alone);
  });
});

describe('standsAlone: the window the segmenter reads', () => {
  it('six characters either side of the hit', async () => {
    const standsAlone = await freshStandsAlone();
    const asked = segmenterCalls();
    standsAlone('甲乙丙丁戊己庚辛靠子丑寅卯辰巳午未', 8, 9);
    expect(asked()).toEqual(['丙丁戊己庚辛靠子丑寅卯辰巳']);
  });

  it('cut at sentence stops and at the ends of the text', async () => {
    const standsAlone = await freshStandsAlone();
    const asked = segmenterCalls();
    standsAlone('甲乙。丙丁靠子，丑寅', 5, 6);
    standsAlone('甲乙丙丁戊己庚辛靠子丑寅卯辰巳午未', 2, 3);
    standsAlone('甲乙丙丁戊己庚辛靠子丑', 8, 9);
    expect(asked()).toEqual(['丙丁靠子', '甲乙丙丁戊己庚辛靠', '丙丁戊己庚辛靠子丑']);
  });
});

describe('standsAlone: one segmenter call per distinct window', () => {
  it('the same window in another text (different beyond it) is answered from the cache', async () => {
    const standsAlone = await freshStandsAlone();
    const asked = segmenterCalls();
    expect(standsAlone('甲乙丙丁戊己庚辛靠子丑寅卯辰巳午未', 8, 9)).toBe(true);
    expect(standsAlone('甲一丙丁戊己庚辛靠子丑寅卯辰巳申未', 8, 9)).toBe(true); // differs right outside it
    // A window that ends at the end of the text, asked twice.
    expect(standsAlone('这个产品很可靠', 6, 7)).toBe(false);
    expect(standsAlone('这个产品很可靠', 6, 7)).toBe(false);
    expect(asked()).toEqual(['丙丁戊己庚辛靠子丑寅卯辰巳', '这个产品很可靠']);
  });

  it('two windows asked in turn are each asked once', async () => {
    const standsAlone = await freshStandsAlone();
    const asked = segmenterCalls();
    for (let i = 0; i < 3; i++) {
      expect(standsAlone('曹操率军南下', 1, 2)).toBe(false);
      expect(standsAlone('我靠', 1, 2)).toBe(true);
    }
    expect(asked()).toEqual(['曹操率军南下', '我靠']);
  });

  it('the cache holds 4,096 answers, then starts over', async () => {
    const standsAlone = await freshStandsAlone();
    const asked = segmenterCalls();
    // 4,096 distinct windows (two hanzi each: 4E00 + i, then 靠), the first asked again after each step.
    const text = (i: number) => String.fromCharCode(0x4e00 + i) + '靠';
    for (let i = 0; i < 4096; i++) standsAlone(text(i), 1, 2);
    standsAlone(text(0), 1, 2);
    expect(asked()).toHaveLength(4096);
    standsAlone(text(4096), 1, 2); // the 4,097th: the cache is emptied before it is kept
    standsAlone(text(0), 1, 2);
    expect(asked()).toHaveLength(4098);
  });

  // Two windows whose 32-bit cache keys collide (found by inverting the key's last multiply for the key of
  // han-words.ts; a new key function needs new pairs). Each still gets its own answer.
  it.each([
    ['the same length and place of the hit, other text', '可靠的产品', '可鴓煛妭遙'],
    ['a longer window that starts with the cached one', '可', '可靠欏凸膈岒'],
  ])('a window whose cache key collides with a cached one is still asked: %s', async (_, first, second) => {
    const [firstAlone, secondAlone] = [segmenterSays(first, 0), segmenterSays(second, 0)];
    expect(firstAlone).not.toBe(secondAlone);
    const standsAlone = await freshStandsAlone();
    const asked = segmenterCalls();
    expect(standsAlone(first, 0, 1)).toBe(firstAlone);
    expect(standsAlone(second, 0, 1)).toBe(secondAlone);
    expect(asked()).toEqual([first, second]);
  });
});

describe('standsAlone without Intl.Segmenter', () => {
  it('builds the segmenter once', async () => {
    const Real = Intl.Segmenter;
    let built = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        built++;
      }
    }
    vi.stubGlobal('Intl', Object.create(Intl, { Segmenter: { value: Counting } }));
    const standsAlone = await freshStandsAlone();
    expect(standsAlone('曹操率军南下', 1, 2)).toBe(false);
    expect(standsAlone('我靠', 1, 2)).toBe(true);
    expect(built).toBe(1);
  });

  it.each([
    ['an Intl without Segmenter (older browsers)', {}],
    ['no Intl at all', undefined],
  ])('every hit stands alone: %s', async (_, intl) => {
    vi.stubGlobal('Intl', intl);
    const standsAlone = await freshStandsAlone();
    expect(standsAlone('曹操率军南下', 1, 2)).toBe(true);
  });
});
