import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRADITIONAL } from '@/lib/engine/data/t2s';
import type { T2sTable } from '@/lib/engine/data/t2s-table';
import { KIT_VERSION } from '@/lib/engine/kit-version';
import type { BrandKit } from '@/lib/engine/schema';

// In the in-page assistant the traditional → simplified pairs are an optional part (lib/assistant/t2s-part.ts):
// the engine must never check less without them. Here the table module answers "not loaded" until `partLoaded`,
// as the assistant's stand-in does before the part is injected.
let partLoaded = false;
vi.mock('@/lib/engine/data/t2s-table', async () => {
  const real = await vi.importActual<typeof import('@/lib/engine/data/t2s-table')>(
    '@/lib/engine/data/t2s-table',
  );
  return { t2sTable: (): T2sTable | undefined => (partLoaded ? real.t2sTable() : undefined) };
});

async function freshEngine() {
  vi.resetModules();
  return import('@/lib/engine');
}

const KIT = (term: string): BrandKit => ({
  version: KIT_VERSION,
  profile: { name: 'Acme' },
  bannedTerms: [{ term, category: 'profanity', severity: 'block' }],
});

afterEach(() => {
  partLoaded = false;
});

describe('the engine without the traditional → simplified pairs', () => {
  it('every traditional hanzi of the pairs is one the guard knows (a BMP hanzi)', async () => {
    const { isBmpHanCode } = await import('@/lib/engine/fold');
    for (let i = 0; i < TRADITIONAL.length; i++) expect(isBmpHanCode(TRADITIONAL.charCodeAt(i))).toBe(true);
  });

  it('refuses to compile a kit with a hanzi term, loudly', async () => {
    const { compileKit } = await freshEngine();
    expect(() => compileKit(KIT('傻逼'))).toThrow(/traditional → simplified table is not loaded/);
    expect(() => compileKit(KIT('騙子'))).toThrow(/traditional → simplified table is not loaded/);
  });

  it('checks a kit without hanzi exactly as with the pairs, on drafts with traditional hanzi', async () => {
    const { compileKit } = await freshEngine();
    const without = compileKit(KIT('damn'));
    partLoaded = true;
    const { compileKit: compileWith } = await freshEngine();
    const withPairs = compileWith(KIT('damn'));
    for (const draft of ['這個damn騙子', 'damn這這這', '國國damn國家', '説damn說', 'd a m n 們']) {
      const spans = (c: typeof without) =>
        c.analyze(draft, { platform: 'x', field: 'post' }).findings.map((f) => [f.ruleId, f.start, f.end]);
      expect(spans(without), draft).toEqual(spans(withPairs));
      expect(spans(without).length, draft).toBe(1);
    }
  });

  it('folds traditional hanzi once the part arrives, and a hanzi kit then compiles and catches them', async () => {
    const { compileKit } = await freshEngine();
    expect(() => compileKit(KIT('骗子'))).toThrow();
    partLoaded = true;
    const checker = compileKit(KIT('骗子'));
    const findings = checker.analyze('你是騙子', { platform: 'weibo', field: 'post' }).findings;
    expect(findings.map((f) => [f.start, f.end])).toEqual([[2, 4]]);
  });
});
