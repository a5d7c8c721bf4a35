import { isDue, todayView } from '../calendar';
import { activePause, PAUSE_KEY, readPauses, slotPaused } from '../pause/pause';
import { CALENDAR_KEY, readCalendar, type CalendarStorageArea } from '../calendar/store';
import { PREFS_KEY, QUEUE_KEY, readQueue } from '../community/queue-store';
import { rankQueue, type RankedEntry } from '../community/queue';
import { translate, type MessageKey, type UiLocale } from '../i18n';
import { CONNECTION_KEY, TeamConnection } from '../team/connection';
import { TEAM_REVIEWS_KEY, reviewRequestsOf, reviewsWaitingCount } from '../team/mirror';
import { createSerialQueue } from '../serial-queue';

// The toolbar icon's one number: the sum of named sources (posts due today, replies past or near their target,
// …), with a title that lists each. This is the only place that sets the badge; a feature adds itself with one
// line in BADGE_SOURCES.

export interface BadgeContext {
  storage: CalendarStorageArea;
  now: number;
}

export interface BadgeSource {
  id: string;
  /** Storage keys whose change recounts the badge. */
  keys: readonly string[];
  count(context: BadgeContext): Promise<number>;
  /** A plural message with `{count}`: one line of the icon's title. */
  title: MessageKey;
}

/** Reads the reply queue once per refresh for both of its sources. */
const rankedQueue = async ({ storage, now }: BadgeContext): Promise<RankedEntry[]> => {
  const stored = await storage.get([QUEUE_KEY, PREFS_KEY]);
  const prefs = stored[PREFS_KEY] as { targets?: Record<string, number> } | undefined;
  return rankQueue(Object.values(readQueue(stored[QUEUE_KEY]).entries), now, prefs?.targets ?? {});
};

/** Today's slots still due, less those a crisis pause holds (lib/pause: they are not to be posted now). */
export const duePosts: BadgeSource = {
  id: 'duePosts',
  keys: [CALENDAR_KEY, PAUSE_KEY],
  count: async ({ storage, now }) => {
    const [{ calendar }, stored] = await Promise.all([readCalendar(storage), storage.get([PAUSE_KEY])]);
    const pause = activePause(readPauses(stored[PAUSE_KEY]), now);
    const { items } = todayView(calendar, now);
    return items.filter(({ occurrence }) => isDue(occurrence) && !slotPaused(pause, occurrence.startMs))
      .length;
  },
  title: 'calendar.badgeTitle',
};

export const repliesPastTarget: BadgeSource = {
  id: 'repliesPastTarget',
  keys: [QUEUE_KEY, PREFS_KEY],
  count: async (context) => (await rankedQueue(context)).filter((e) => e.age === 'past').length,
  title: 'badge.repliesPast',
};

export const repliesNearTarget: BadgeSource = {
  id: 'repliesNearTarget',
  keys: [QUEUE_KEY, PREFS_KEY],
  count: async (context) => (await rankedQueue(context)).filter((e) => e.age === 'near').length,
  title: 'badge.repliesNear',
};

/** Team mode, reviewers only: review requests waiting for a decision that are not their own. */
export const reviewsWaiting: BadgeSource = {
  id: 'reviewsWaiting',
  keys: [TEAM_REVIEWS_KEY, CONNECTION_KEY],
  count: async ({ storage }) => {
    const stored = await storage.get([TEAM_REVIEWS_KEY, CONNECTION_KEY]);
    const connection = TeamConnection.safeParse(stored[CONNECTION_KEY]);
    if (!connection.success || connection.data.role !== 'reviewer') return 0;
    const requests: unknown[] = Array.isArray(stored[TEAM_REVIEWS_KEY]) ? stored[TEAM_REVIEWS_KEY] : [];
    return reviewsWaitingCount(reviewRequestsOf({ ...requests }), connection.data.member);
  },
  title: 'badge.reviewsWaiting',
};

/** Every source of the toolbar count, in the order the title lists them. */
export const BADGE_SOURCES: readonly BadgeSource[] = [
  duePosts,
  repliesPastTarget,
  repliesNearTarget,
  reviewsWaiting,
];

export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

export interface ToolbarBadgeDeps {
  storage: CalendarStorageArea;
  badge: BadgeApi;
  locale(): Promise<UiLocale>;
  now?: () => number;
  sources?: readonly BadgeSource[];
}

export const BADGE_COLOR = '#4f46e5';

export function badgeKeys(sources: readonly BadgeSource[] = BADGE_SOURCES): Set<string> {
  return new Set(sources.flatMap((s) => s.keys));
}

/** Counts every source and sets the number (their sum, "99+" beyond) and the title listing each. */
export function createToolbarBadge(deps: ToolbarBadgeDeps): { refresh(): Promise<void> } {
  const sources = deps.sources ?? BADGE_SOURCES;
  const queue = createSerialQueue();
  const refresh = async () => {
    const context = { storage: deps.storage, now: (deps.now ?? Date.now)() };
    // A source that fails (a storage hiccup) counts nothing rather than blanking the others.
    const counts = await Promise.all(sources.map((s) => s.count(context).catch(() => 0)));
    const locale = await deps.locale();
    const total = counts.reduce((a, b) => a + b, 0);
    const lines = sources.flatMap((s, i) =>
      counts[i] > 0 ? [translate(locale, s.title, { count: counts[i] })] : [],
    );
    await deps.badge.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await deps.badge.setBadgeText({ text: total === 0 ? '' : total > 99 ? '99+' : String(total) });
    await deps.badge.setTitle({
      title: lines.length ? lines.join('\n') : translate(locale, 'app.name'),
    });
  };
  return {
    // One refresh at a time, in order: the last one reflects the latest storage.
    refresh: () => queue(refresh),
  };
}
