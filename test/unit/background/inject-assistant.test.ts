import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ASSISTANT_SCRIPT, injectAssistant } from '@/lib/background/inject-assistant';
import { PART_FILES } from '@/lib/assistant/parts';
import { KITS_KEY } from '@/lib/kits/kit-storage-keys';
import { TEMPLATES_KEY } from '@/lib/templates/store';
import { packText } from '@/lib/packed-text';

// The worker keeps what the stored kits and settings need between injections (no storage read in series before a
// first focus's injection) and reads again after any storage change.

const sender = { tab: { id: 7 }, frameId: 0, url: 'https://x.com/home' };
const kitWith = (extra: object) => ({
  version: 1,
  activeId: 'a',
  kits: [
    { id: 'a', kit: { version: 1, profile: { name: 'Acme' }, bannedTerms: [], ...extra }, updatedAt: 0 },
  ],
});

describe('injectAssistant', () => {
  let files: string[][];
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('navigator', { language: 'en-US' });
    files = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      files.push((injection as { files: string[] }).files);
      return [];
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('reads storage for the first injection only, until storage changes', async () => {
    await fakeBrowser.storage.local.set({
      [KITS_KEY]: kitWith({}),
      [TEMPLATES_KEY]: { version: 1, templates: [] },
    });
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await injectAssistant(sender)).toBe(true);
    const first = reads.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    expect(files[0]).toEqual([
      PART_FILES['site-x'],
      PART_FILES['x-links'],
      PART_FILES['i18n-en'],
      ASSISTANT_SCRIPT,
    ]);

    expect(await injectAssistant(sender)).toBe(true);
    expect(reads.mock.calls.length).toBe(first);
    expect(files[1]).toEqual(files[0]);

    // A kit with a user pattern now: the next injection reads again and brings the RE2 part.
    const pattern = { id: 'p', pattern: 'SKU-[0-9]+', severity: 'warn', message: { en: 'x', zh: 'x' } };
    await fakeBrowser.storage.local.set({ [KITS_KEY]: kitWith({ patterns: [pattern] }) });
    expect(await injectAssistant(sender)).toBe(true);
    expect(reads.mock.calls.length).toBeGreaterThan(first);
    expect(files[2]).toEqual([
      PART_FILES['site-x'],
      PART_FILES['x-links'],
      PART_FILES['i18n-en'],
      PART_FILES.re2js,
      ASSISTANT_SCRIPT,
    ]);

    // The same library as its writers store it (one string, packed: checked-library.ts), or as JSON (an earlier
    // build): the part still comes.
    const json = JSON.stringify(kitWith({ patterns: [pattern] }));
    for (const stored of [await packText(json), json]) {
      await fakeBrowser.storage.local.set({ [KITS_KEY]: stored });
      expect(await injectAssistant(sender)).toBe(true);
      expect(files.at(-1)).toEqual(files[2]);
    }
  });
});
