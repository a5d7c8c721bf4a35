// What the demo browser starts with, so a newcomer sees Onbrand as a team that set it up would: a kit with every
// starter pack (English and Chinese) plus the fixes a brand would add for the words the demo drafts use, and
// today's plan in the calendar (in this machine's time zone, relative to now, so the popup is never empty).
import type { Page } from '@playwright/test';
import { buildStarterKit, type BrandKit } from '@/lib/engine';
import { emptyCalendar, utcToLocal, type Calendar, type Slot } from '@/lib/calendar';
import { KITS_KEY, type KitLibrary } from '@/lib/kits/kit-store';
import { CALENDAR_KEY, CALENDAR_REVISION_KEY } from '@/lib/calendar/store';

/** The brand's own wording for terms of the starter packs (a pack ships without a brand's preferred phrasing). */
const DEMO_FIXES: Record<string, string[]> = {
  shit: ['big'],
  '100%': ['fully'],
  全网第一: ['深受用户喜爱'],
  我靠: ['哇'],
};

export function demoKit(): BrandKit {
  const kit = buildStarterKit({ name: 'Onbrand Demo', voice: 'Friendly and professional: warm, calm, clear.' });
  kit.bannedTerms = kit.bannedTerms.map((term) => (DEMO_FIXES[term.term] ? { ...term, suggestions: DEMO_FIXES[term.term] } : term));
  kit.preferredTerms = [{ term: 'users', replacement: 'customers' }];
  return kit;
}

/** Local wall time `hours` from now, kept inside today (a demo run just after midnight still plans "today"). */
function todayAround(zone: string, now: number, hours: number): string {
  const local = utcToLocal(now, zone);
  const day = local.slice(0, 10);
  const minutes = Math.min(23 * 60 + 30, Math.max(0, Number(local.slice(11, 13)) * 60 + hours * 60));
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${day}T${hh}:00`;
}

export function demoCalendar(zone: string, now = Date.now()): Calendar {
  const slot = (id: string, hours: number, extra: Partial<Slot>): Slot => ({
    id, start: todayAround(zone, now, hours), timeZone: zone, durationMinutes: 30, platform: 'x', contentType: 'text',
    title: id, owner: 'Mei', status: 'planned', notes: '', ...extra,
  });
  return {
    ...emptyCalendar(zone),
    campaigns: [{ id: 'launch', name: 'Winter launch', kind: 'campaign', color: '#7c3aed', startDate: utcToLocal(now - 7 * 86_400_000, zone).slice(0, 10), endDate: utcToLocal(now + 7 * 86_400_000, zone).slice(0, 10) }],
    slots: [
      slot('morning-weibo', -3, { platform: 'weibo', title: '早安问候', status: 'published', url: 'https://weibo.com/1/demo' }),
      slot('launch-x', 1, { platform: 'x', title: 'Launch thread', campaignId: 'launch', notes: 'Pin the thread' }),
      slot('xhs-photos', 3, { platform: 'xiaohongshu', contentType: 'image', title: '新品开箱', campaignId: 'launch' }),
      slot('linkedin-hiring', 5, { platform: 'linkedin', title: 'We are hiring' }),
    ],
  };
}

/** Writes the demo kit and calendar from an extension page (as the dashboard and the background would). */
export async function seedDemo(extensionPage: Page): Promise<void> {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const library: KitLibrary = { version: 1, activeId: 'demo', kits: [{ id: 'demo', kit: demoKit(), updatedAt: Date.now() }] };
  await extensionPage.evaluate(async (items) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }).chrome.storage;
    await storage.local.set(items);
  }, { [KITS_KEY]: library, [CALENDAR_KEY]: demoCalendar(zone), [CALENDAR_REVISION_KEY]: 1 });
}
