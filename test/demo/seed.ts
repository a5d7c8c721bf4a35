// What the demo browser starts with, so a newcomer sees Onbrand as a team that set it up would: a kit with every
// starter pack (English and Chinese) plus the fixes a brand would add for the words the demo drafts use, and
// today's plan in the calendar (in this machine's time zone, relative to now, so the popup is never empty), and the
// publish record of the plan's post that already went out (so the reports' plan-versus-actual has something kept).
import type { Page } from '@playwright/test';
import { buildStarterKit, type BrandKit } from '@/lib/engine';
import { demoCalendar } from './demo-calendar';
import { KITS_KEY, type KitLibrary } from '@/lib/kits/kit-library-schema';
import { CALENDAR_KEY, CALENDAR_REVISION_KEY } from '@/lib/calendar/store';
import { localToUtc, type Calendar } from '@/lib/calendar';
import type { ActivityRecord } from '@/lib/records/schema';

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

/** The record of each slot the demo's plan marks published, at its planned time, as the assistant writes one. */
function publishedSlotRecords(calendar: Calendar): ActivityRecord[] {
  return calendar.slots
    .filter((slot) => slot.status === 'published')
    .map((slot) => ({
      id: `demo-${slot.id}`,
      at: localToUtc(slot.start, slot.timeZone),
      platform: slot.platform,
      kind: 'publish',
      postKind: 'post',
      url: slot.url ?? '',
      text: slot.title,
      findings: [],
      templateIds: [],
    }));
}

/** Writes the demo kit, calendar and records from an extension page (as the dashboard and the background would). */
export async function seedDemo(extensionPage: Page): Promise<void> {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const library: KitLibrary = {
    version: 1,
    activeId: 'demo',
    kits: [{ id: 'demo', kit: demoKit(), updatedAt: Date.now() }],
  };
  const calendar = demoCalendar(zone);
  await extensionPage.evaluate(
    async ({ items, records }) => {
      const {
        chrome: { storage, runtime },
      } = globalThis as unknown as {
        chrome: {
          storage: { local: { set(x: unknown): Promise<void> } };
          runtime: { sendMessage(x: unknown): Promise<{ ok: boolean; error?: string }> };
        };
      };
      await storage.local.set(items);
      // Through the background, as the in-page assistant's outbox sends them.
      const reply = await runtime.sendMessage({ onbrand: 1, type: 'records.put', payload: { records } });
      if (!reply.ok) throw new Error(`the demo's records were refused: ${reply.error}`);
    },
    {
      items: { [KITS_KEY]: library, [CALENDAR_KEY]: calendar, [CALENDAR_REVISION_KEY]: 1 },
      records: publishedSlotRecords(calendar),
    },
  );
}
