import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildStarterKit, type BrandKit } from '@/lib/engine';
import { checkedLibrary, readCheckedLibrary } from '@/lib/kits/checked-library';
import { kitKey } from '@/lib/kits/kit-key';
import { readLibrary, type KitLibrary } from '@/lib/kits/kit-library-schema';
import { KITS_KEY } from '@/lib/kits/kit-storage-keys';
import { kitsItem, loadStoredLibrary, restoreLibraryAfterUpdate, saveLibrary } from '@/lib/kits/kits-item';
import { pageKitStorage, saveLibrary as savePageLibrary } from '@/lib/kits/kit-repository';
import { defaultLibrary } from '@/lib/kits/starter-library';
import { unpackText } from '@/lib/packed-text';

const kit = (name: string): BrandKit => buildStarterKit({ name, packs: ['profanity-en', 'ad-law-cn'] });
const library = (): KitLibrary => ({
  version: 1,
  activeId: 'main',
  kits: [
    { id: 'main', kit: kit('Acme'), updatedAt: 1 },
    { id: 'cn', kit: kit('Acme 中国'), updatedAt: 2 },
  ],
});
const noStarter = () => {
  throw new Error('the stored library should have been read');
};
/** What the writers stored: one string (it crosses to the page faster than an object), packed (Chrome's build). */
const stored = async () => {
  const value = (await fakeBrowser.storage.local.get(KITS_KEY))[KITS_KEY];
  expect(typeof value).toBe('string');
  return JSON.parse(await unpackText(value as string)) as Record<string, unknown>;
};
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** The library as the schema reads it (its key order): what the writers store. */
const asRead = () => readLibrary(roundTrip(library()))!;
/** A pattern RE2 refuses: the schema takes the kit, the kit parser's pattern check does not. */
const withBadPattern = (value: KitLibrary, index: number) => {
  value.kits[index].kit.patterns = [
    { id: 'open', pattern: '(', severity: 'warn', message: 'An open bracket' },
  ];
  return value;
};

describe('the library checked when saved (checked-library)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Onbrand',
      version: '1.2.3',
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it("both writers store it marked with this version and each kit's key; the page reads it back as stored and hashes no kit", async () => {
    for (const save of [saveLibrary, savePageLibrary]) {
      fakeBrowser.reset();
      vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
        manifest_version: 3,
        name: 'Onbrand',
        version: '1.2.3',
      });
      await save(library());
      const value = await stored();
      expect(value.checked).toEqual({
        by: '1.2.1.2.3',
        keys: { main: await kitKey(asRead().kits[0].kit), cn: await kitKey(asRead().kits[1].kit) },
      });
      const digest = vi.spyOn(crypto.subtle, 'digest');
      const read = await pageKitStorage.loadLibrary(noStarter);
      // Same library as the schema reads it, without the mark; each kit's key known, so none is hashed.
      expect(read).toEqual(asRead());
      expect(read).not.toHaveProperty('checked');
      const known = await kitKey(read.kits[1].kit);
      expect(digest).not.toHaveBeenCalled();
      expect(known).toBe(await kitKey(asRead().kits[1].kit));
      digest.mockRestore();
    }
  });

  it('a mark by another version, another kit format, or without a kit of the library is not trusted: the checks run', async () => {
    await saveLibrary(library());
    const marked = await stored();
    // The same library with a kit the checks refuse, under a mark: a reader trusts only a mark it can match.
    const broken = {
      ...withBadPattern(roundTrip(marked) as unknown as KitLibrary, 1),
      checked: marked.checked,
    };
    const mark = marked.checked as { by: string; keys: Record<string, string> };
    const otherVersion = { ...broken, checked: { ...mark, by: '1.2.1.2.2' } };
    const otherFormat = { ...broken, checked: { ...mark, by: '1.1.1.2.3' } };
    const missingKey = { ...broken, checked: { ...mark, keys: { main: mark.keys.main } } };
    for (const value of [otherVersion, otherFormat, missingKey, { ...broken, checked: undefined }]) {
      const read = await readCheckedLibrary(roundTrip(value));
      // The kit parser skips the refused kit, as it did before marks existed.
      expect(read?.kits.map((entry) => entry.id)).toEqual(['main']);
    }
    expect((await readCheckedLibrary(roundTrip(broken)))?.kits.map((entry) => entry.id)).toEqual([
      'main',
      'cn',
    ]);
    expect(await readCheckedLibrary({ checked: marked.checked })).toBeUndefined();
    expect(await readCheckedLibrary({ ...marked, kits: [] })).toBeUndefined();
    expect(await readCheckedLibrary(undefined)).toBeUndefined();
  });

  it('a library with a kit the checks refuse is stored exactly as given and unmarked: nothing is dropped', async () => {
    const bad = withBadPattern(library(), 1);
    expect(JSON.parse(await unpackText(await checkedLibrary(bad)))).toEqual(roundTrip(bad));
    await saveLibrary(bad);
    const value = await stored();
    expect(value).not.toHaveProperty('checked');
    expect(value).toEqual(roundTrip(bad));
    expect((await loadStoredLibrary())?.kits.map((entry) => entry.id)).toEqual(['main']);
    expect((await pageKitStorage.loadLibrary(noStarter)).kits.map((entry) => entry.id)).toEqual(['main']);
  });

  it('a kit changed and saved again gets its new key; its unchanged neighbour keeps the same one', async () => {
    await saveLibrary(library());
    const before = (await stored()).checked as { keys: Record<string, string> };
    const read = await pageKitStorage.loadLibrary(noStarter);
    const edited = { ...read.kits[0].kit, profile: { ...read.kits[0].kit.profile, name: 'Acme Outdoors' } };
    await savePageLibrary({ ...read, kits: [{ ...read.kits[0], kit: edited }, read.kits[1]] });
    const after = (await stored()).checked as { keys: Record<string, string> };
    expect(after.keys.main).not.toBe(before.keys.main);
    expect(after.keys.main).toBe(await kitKey(roundTrip(edited)));
    expect(after.keys.cn).toBe(before.keys.cn);
  });

  it('a library an older build stored as an object or as JSON is read by both readers, marked or not; stored text that is neither reads as none', async () => {
    await saveLibrary(library());
    const marked = await stored();
    for (const value of [marked, { ...marked, checked: undefined }, JSON.stringify(marked)]) {
      await fakeBrowser.storage.local.set({ [KITS_KEY]: roundTrip(value) });
      expect(await pageKitStorage.loadLibrary(noStarter)).toEqual(asRead());
      expect(await loadStoredLibrary()).toEqual(asRead());
    }
    await fakeBrowser.storage.local.set({ [KITS_KEY]: '{"version":1,"activeId":"main","kits":[' });
    expect(await loadStoredLibrary()).toBeUndefined();
    expect(await pageKitStorage.loadLibrary(() => defaultLibrary(0))).toEqual(defaultLibrary(0));
  });

  it('after an update the worker stores the library as this version writes it: an older mark or an object becomes a marked string; a current one and a save in between are left alone', async () => {
    await saveLibrary(library());
    const marked = await stored();
    const mark = marked.checked as { by: string; keys: Record<string, string> };
    const olderMark = { ...marked, checked: { ...mark, by: '1.2.1.2.2' } };
    for (const before of [olderMark, JSON.stringify(olderMark), { ...marked, checked: undefined }]) {
      await fakeBrowser.storage.local.set({ [KITS_KEY]: before });
      await restoreLibraryAfterUpdate();
      expect(await stored()).toEqual(marked);
    }
    // Already as this version stores it: not written again.
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await restoreLibraryAfterUpdate();
    expect(set).not.toHaveBeenCalled();
    // A library with a kit the checks refuse stays whole (as a string, unmarked).
    const bad = withBadPattern(library(), 1);
    await fakeBrowser.storage.local.set({ [KITS_KEY]: roundTrip(bad) });
    await restoreLibraryAfterUpdate();
    expect(await stored()).toEqual(roundTrip(bad));
    // A save between the read and the write wins.
    await fakeBrowser.storage.local.set({ [KITS_KEY]: olderMark });
    const saved = JSON.stringify({ ...marked, activeId: 'cn' });
    const read = vi.spyOn(kitsItem, 'getValue');
    read.mockResolvedValueOnce(olderMark).mockResolvedValueOnce(saved);
    set.mockClear();
    await restoreLibraryAfterUpdate();
    expect(set).not.toHaveBeenCalled();
  });
});
