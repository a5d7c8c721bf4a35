import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SHIPPED_HOLIDAYS } from '@/lib/community/reminders/holiday-list';
import { reminderHolidays } from '@/lib/background/holidays-in-force';
import { KIT_VERSION } from '@/lib/engine/schema';
import { KITS_KEY } from '@/lib/kits/kit-storage-keys';
import { TEAM_KITS_KEY } from '@/lib/team/team-kit';

// The worker's holiday list reads the kit in force (team > the library's active kit) and merges its section.

const kit = (name: string, holidays?: object) => ({
  version: KIT_VERSION,
  profile: { name },
  bannedTerms: [],
  ...(holidays ? { holidays } : {}),
});
const OWN = { id: 'acme-day', name: { en: 'Acme Day', zh: 'Acme 日' }, date: '06-18' };
const ids = async () => (await reminderHolidays()).map((h) => h.id);

describe('the holiday list in force in the worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('no kit stored: the shipped list', async () => {
    expect(await reminderHolidays()).toEqual(SHIPPED_HOLIDAYS);
  });

  it("the active kit's section: shipped minus switched off plus its own; the team's kit wins over it", async () => {
    await fakeBrowser.storage.local.set({
      [KITS_KEY]: {
        version: 1,
        activeId: 'b',
        kits: [
          { id: 'a', kit: kit('A', { off: ['qixi'] }), updatedAt: 1 },
          { id: 'b', kit: kit('B', { add: [OWN], off: ['valentines', 'christmas'] }), updatedAt: 1 },
        ],
      },
    });
    const shipped = SHIPPED_HOLIDAYS.map((h) => h.id);
    expect(await ids()).toEqual([
      ...shipped.filter((id) => id !== 'valentines' && id !== 'christmas'),
      'acme-day',
    ]);
    await fakeBrowser.storage.local.set({
      [TEAM_KITS_KEY]: { kits: [{ id: 'team', kit: kit('Team', { off: ['qixi'] }) }] },
    });
    expect(await ids()).toEqual(shipped.filter((id) => id !== 'qixi'));
  });
});
