import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildStarterKit, compileKit, type BrandKit } from '@/lib/engine';
import { checkerFromStore, readCompiledKit } from '@/lib/kits/compiled-kit-cache';
import { kitKey } from '@/lib/kits/kit-key';
import { COMPILED_KIT_KEY } from '@/lib/kits/kit-storage-keys';
import { knownKitKeys } from '@/lib/kits/known-kit-keys';
import { starterKit } from '@/lib/kits/starter-kit';
import { starterKitForBuild } from '@/lib/kits/starter-kit-build';
import { decodeCompiledTerms } from '@/lib/engine/compiled-form';
import { compileTerms } from '@/lib/engine/compile-terms';
import { base64OfBytes, unpackBytes } from '@/lib/packed-text';

const kitWith = (term: string): BrandKit => ({
  ...buildStarterKit({ name: 'Cache', packs: ['profanity-zh'] }),
  bannedTerms: [
    { term, category: 'custom', severity: 'block' },
    { term: '傻逼', category: 'profanity', severity: 'block', pinyin: true },
  ],
});
const TEXT = 'alpha bravo 傻逼 shabi 傻b';
const stored = async () => {
  for (let i = 0; i < 50 && (await readCompiledKit()) === undefined; i++)
    await new Promise((r) => setTimeout(r, 10));
  return readCompiledKit();
};

describe('the kit compiled ahead by an earlier page (compiled-kit-cache)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the first page compiles and stores; the next decodes it and finds the same', async () => {
    const kit = kitWith('alpha');
    const first = await checkerFromStore(kit, undefined);
    const entry = (await stored()) as { key: string; form: string; packed?: boolean };
    expect(entry.key).toBe(await kitKey(kit));
    // Packed (Chrome's build, as vitest's): base64 of the form's gzip, far shorter than the form.
    expect(entry.packed).toBe(true);
    const bytes = await unpackBytes(entry.form);
    expect(decodeCompiledTerms(kit, bytes)).toEqual(compileTerms(kit));
    expect(entry.form.length).toBeLessThan(bytes.length / 2);
    // Firefox's build stores the bytes unpacked, as base64.
    const unpacked = await checkerFromStore(kit, { key: entry.key, form: base64OfBytes(bytes) });
    const second = await checkerFromStore(kit, entry);
    const expected = compileKit(kit).analyze(TEXT, { platform: 'x' });
    expect(expected.findings.length).toBeGreaterThan(1);
    expect(first.analyze(TEXT, { platform: 'x' })).toEqual(expected);
    expect(second.analyze(TEXT, { platform: 'x' })).toEqual(expected);
    expect(unpacked.analyze(TEXT, { platform: 'x' })).toEqual(expected);
  });

  it('another kit, or an unreadable form, compiles again and replaces the entry', async () => {
    await checkerFromStore(kitWith('alpha'), undefined);
    const alpha = (await stored()) as { key: string; form: string };
    const bravo = kitWith('bravo');
    expect(await kitKey(bravo)).not.toBe(alpha.key);
    const checker = await checkerFromStore(bravo, alpha);
    expect(checker.check(TEXT, { platform: 'x' }).map((f) => f.term)).toContain('bravo');
    await fakeBrowser.storage.local.remove(COMPILED_KIT_KEY);
    const broken = await checkerFromStore(bravo, { key: await kitKey(bravo), form: btoa('{"version":1}') });
    expect(broken.check(TEXT, { platform: 'x' }).map((f) => f.term)).toContain('bravo');
    expect(((await stored()) as { key: string }).key).toBe(await kitKey(bravo));
  });

  it("the starter part's build ships the starter kit and the key the page would compute for it", async () => {
    const { json, key } = await starterKitForBuild();
    expect(JSON.parse(json)).toEqual(starterKit());
    expect(key).toBe(await kitKey(starterKit()));
  });

  it('a kit whose key is known is not hashed; a copy of it is', async () => {
    const kit = kitWith('alpha');
    const hashed = await kitKey(kit);
    knownKitKeys.set(kit, 'known');
    expect(await kitKey(kit)).toBe('known');
    expect(await kitKey({ ...kit, gate: { mode: 'off' } })).not.toBe('known');
    expect(await kitKey(structuredClone(kit))).toBe(hashed);
  });
});
