// What the demo browser starts with, so a newcomer sees Onbrand as a team that set it up would: a kit with every
// starter pack (English and Chinese) plus the fixes a brand would add for the words the demo drafts use, and
// today's plan in the calendar (in this machine's time zone, relative to now, so the popup is never empty).
import type { Page } from '@playwright/test';
import { buildStarterKit, type BrandKit } from '@/lib/engine';
import { demoCalendar } from './demo-calendar';
import { KITS_KEY, type KitLibrary } from '@/lib/kits/kit-library-schema';
import { CALENDAR_KEY, CALENDAR_REVISION_KEY } from '@/lib/calendar/store';

/** The brand's own wording for terms of the starter packs (a pack ships without a brand's preferred phrasing). */
const DEMO_FIXES: Record<string, string[]> = {
  shit: ['big'],
  '100%': ['fully'],
  全网第一: ['深受用户喜爱'],
  我靠: ['哇'],
};

export function demoKit(): BrandKit {
  const kit = buildStarterKit({
    name: 'Onbrand Demo',
    voice: 'Friendly and professional: warm, calm, clear.',
  });
  kit.bannedTerms = kit.bannedTerms.map((term) =>
    DEMO_FIXES[term.term] ? { ...term, suggestions: DEMO_FIXES[term.term] } : term,
  );
  kit.preferredTerms = [{ term: 'users', replacement: 'customers' }];
  return kit;
}

/** Writes the demo kit and calendar from an extension page (as the dashboard and the background would). */
export async function seedDemo(extensionPage: Page): Promise<void> {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const library: KitLibrary = {
    version: 1,
    activeId: 'demo',
    kits: [{ id: 'demo', kit: demoKit(), updatedAt: Date.now() }],
  };
  await extensionPage.evaluate(
    async (items) => {
      const storage = (
        globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
      ).chrome.storage;
      await storage.local.set(items);
    },
    { [KITS_KEY]: library, [CALENDAR_KEY]: demoCalendar(zone), [CALENDAR_REVISION_KEY]: 1 },
  );
}
