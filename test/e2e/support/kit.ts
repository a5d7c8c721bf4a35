import { gunzipSync } from 'node:zlib';
import type { Page, Worker } from '@playwright/test';
import { KIT_VERSION, type BrandKit } from '@/lib/engine/schema';
import type { KitLibrary } from '@/lib/kits/kit-library-schema';
import { getLocal } from './setup';

/** A small, predictable kit for the browser tests (the starter packs are tested by the engine's unit tests). */
export const TEST_KIT: BrandKit = {
  version: KIT_VERSION,
  profile: { name: 'Acme', voice: 'Friendly and professional' },
  bannedTerms: [
    {
      term: 'damn',
      category: 'profanity',
      severity: 'block',
      suggestions: ['darn'],
      message: { en: 'Profanity', zh: '脏话' },
    },
    { term: '傻逼', category: 'profanity', severity: 'block', suggestions: ['不太好'] },
    {
      term: '第一',
      category: 'advertising-law',
      severity: 'warn',
      allowContexts: ['第一次'],
      suggestions: ['领先'],
    },
  ],
  preferredTerms: [{ term: 'users', replacement: 'customers' }],
};

/** Stores `kit` as the active kit, from an extension page (as the dashboard would). */
export async function seedKit(
  extensionPage: Page,
  kit: BrandKit = TEST_KIT,
  extra: Partial<BrandKit> = {},
): Promise<void> {
  const library: KitLibrary = {
    version: 1,
    activeId: 'test',
    kits: [{ id: 'test', kit: { ...kit, ...extra }, updatedAt: Date.now() }],
  };
  await extensionPage.evaluate(async (value) => {
    const storage = (
      globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
    ).chrome.storage;
    await storage.local.set({ kits: value });
  }, library);
}

/**
 * Stores `kit` with `count` generated banned terms (`term0`…, every third `block`) as the active kit, built and
 * written by the service worker. Seeding 30,000 terms from an open dashboard shipped them through the test protocol
 * and made the dashboard read, validate and compile the kit twice (on the change, then on the reload): interleaved
 * at load 30–39, the list showed after 69–88 s that way, 55–61 s this way (the test allows 45 s).
 */
export async function seedKitWithManyTerms(worker: Worker, kit: BrandKit, count: number): Promise<void> {
  await worker.evaluate(
    async ({ kit, count }) => {
      const bannedTerms = Array.from({ length: count }, (_, i) => ({
        term: `term${i}`,
        category: 'custom',
        severity: i % 3 ? 'warn' : 'block',
      }));
      const library = {
        version: 1,
        activeId: 'test',
        kits: [{ id: 'test', kit: { ...kit, bannedTerms }, updatedAt: Date.now() }],
      };
      const storage = (
        globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
      ).chrome.storage;
      await storage.local.set({ kits: library });
    },
    { kit, count },
  );
}

/**
 * The kit library as stored, read from an extension page: the string its writers store (checked-library.ts)
 * unpacked and parsed; an object a test seeded as is; undefined when none is stored.
 */
export async function storedLibrary(extensionPage: Page): Promise<KitLibrary | undefined> {
  const value = await getLocal(extensionPage, 'kits');
  if (typeof value !== 'string') return value as KitLibrary | undefined;
  // Packed in Chrome's build (lib/packed-text.ts: base64 of gzip); JSON from an earlier build.
  return JSON.parse(
    value.startsWith('{') ? value : gunzipSync(Buffer.from(value, 'base64')).toString('utf8'),
  ) as KitLibrary;
}
