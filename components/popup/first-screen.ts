import { browser } from 'wxt/browser';
import { SETTINGS_KEY, SETTINGS_VERSION, type StoredSettings } from '@/lib/storage/settings-key';
import { afterPaint } from './app-entry';

// The popup's first screen from a snapshot (issue 18): the popup saves what it showed (its markup as the browser
// serializes it, so every text is escaped; today's first rows only) in the extension's own localStorage, which no
// page script can read, and popup.html shows that copy synchronously, before its first paint, while its app is still
// loading (entrypoints/popup-first-screen.ts, a few KB). The copy is shown only when it is still today's: same day
// in the calendar's zone and same browser language, checked at once; same calendar revision and language setting,
// checked by one storage read right after its frame (the worker, which has no localStorage, may have changed the
// calendar), which removes it otherwise; same stored pauses too (a team's pause reaches the worker while no page is
// open). The extension's pages drop it when the calendar, the language, the kits or the pause change
// (clearFirstScreenOnChange). It is inert and hidden from assistive technology, its controls and per-tab or
// per-moment parts (the site, the reply queue, today's counts) are blanked, and the app removes it when it renders
// (useFirstScreen). Dependency-free: the early script must stay small.

/** The localStorage key of the extension's origin (popup.html, options.html). */
export const FIRST_SCREEN_KEY = 'onbrand.popupFirstScreen';
/**
 * Rows the copy keeps at most: a 600 px popup (Chrome's tallest) shows 5–7 slots under its header (first row at
 * 240–295 px, 69–75 px a row with its buttons, measured 2026-12-04/05); 12 still fill it with a shorter header or rows
 * without buttons. Each row more is markup the popup parses, styles and lays out before that first frame (the app
 * renders more, useGrowingWindow.ts, and replaces the copy), so the copy also stops at the fold (FIRST_SCREEN_FOLD).
 */
export const FIRST_SCREEN_ROWS = 12;
/**
 * Chrome's tallest popup, px: the copy keeps rows down to the first that reaches it, as laid out when saved (the copy
 * is the same markup, so the same layout). 12 → 5 rows on a 1,000-slot day: ≈ 10 ms less CPU before the first frame
 * at load 25 (test/bench/README.md, round 15).
 */
export const FIRST_SCREEN_FOLD = 600;
/** The element of popup.html the copy is shown in, before #root. */
export const FIRST_SCREEN_ID = 'first-screen';
/** lib/calendar/store.ts's CALENDAR_REVISION_KEY (that module pulls the calendar schema in). */
const CALENDAR_REVISION_KEY = 'calendarRevision';
/** lib/pause/pause.ts's PAUSE_KEY: the worker writes it alone when a team's pause arrives (no page open to clear). */
const PAUSE_KEY = 'crisisPause';
/**
 * What the copy shows beyond the calendar: the language setting, the kits (lib/kits/kit-storage-keys.ts; the
 * kit holidays) and the crisis pause (lib/pause: paused slots). Literal keys for the same reason as above.
 */
const SOURCE_KEYS = [CALENDAR_REVISION_KEY, 'kits', 'kitPrefs', PAUSE_KEY];
/** Parts of the copy that may have changed without a calendar revision: kept for the layout, not shown. */
const BLANKED = ['popup-site', 'popup-crisis', 'reply-queue', 'today-counts', 'today-rhythm-warning'];
/** The only test ids the copy keeps: today's list as it was (same revision, same slots in the same order). */
const KEPT_TEST_IDS = new Set(['popup-today', 'today-list', 'today-slot', 'today-rest']);

export interface FirstScreen {
  html: string;
  revision: number;
  /**
   * [from, until) of the day the copy shows, in the calendar's zone (lib/calendar dayBounds), as instants: the early
   * script checks the day with two comparisons, no `Intl` (a first `Intl.DateTimeFormat` in a zone loads the
   * zone's data: 0.5–9.7 ms before the first frame, round 14).
   */
  from: number;
  until: number;
  /** The stored locale preference and the browser language it was resolved with, and the result. */
  preference: string;
  language: string;
  lang: string;
  /** pauseStamp of the stored pauses the copy was rendered with (its slots may show Paused). */
  pause: string;
}

/** The settings' stored locale preference, read by hand (settings.ts's schema is zod); 'auto' when unreadable. */
function preferenceOf(stored: unknown): string {
  const settings = stored as Partial<StoredSettings> | undefined;
  if (!settings || settings.version !== SETTINGS_VERSION) return 'auto';
  const locale = (settings.value as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' ? locale : 'auto';
}

/** Each stored pause's id and end, in order: changes whenever a pause is switched on or off (by anyone). */
export function pauseStamp(stored: unknown): string {
  const pauses = (stored as { pauses?: unknown } | undefined)?.pauses;
  if (!Array.isArray(pauses)) return '';
  return pauses
    .map((pause: { id?: unknown; endedAt?: unknown; until?: unknown }) =>
      [pause?.id, pause?.endedAt, pause?.until].map((part) => String(part ?? '')).join(','),
    )
    .join(';');
}

/** What can be checked without a storage read: a copy of today, in the calendar's zone, for this browser language. */
export function stillToday(
  saved: Partial<FirstScreen> | undefined,
  language: string,
  now: number,
): saved is FirstScreen {
  return (
    !!saved &&
    typeof saved.html === 'string' &&
    typeof saved.from === 'number' &&
    typeof saved.until === 'number' &&
    typeof saved.lang === 'string' &&
    saved.language === language &&
    saved.from <= now &&
    now < saved.until
  );
}

/** Whether a saved copy still shows what the popup would show now. */
export function stillCurrent(
  saved: Partial<FirstScreen> | undefined,
  revision: unknown,
  settings: unknown,
  pauses: unknown,
  language: string,
  now: number,
): saved is FirstScreen {
  return (
    stillToday(saved, language, now) &&
    saved.revision === (typeof revision === 'number' ? revision : 0) &&
    saved.preference === preferenceOf(settings) &&
    saved.pause === pauseStamp(pauses)
  );
}

/** The saved copy when it is still today's (see stillToday), else nothing; an outdated or unreadable one is dropped. */
export function todaysFirstScreen(store: Storage, language: string, now: number): FirstScreen | undefined {
  const text = store.getItem(FIRST_SCREEN_KEY);
  if (text === null) return undefined;
  let saved: Partial<FirstScreen> | undefined;
  try {
    saved = JSON.parse(text) as Partial<FirstScreen>;
  } catch {
    saved = undefined;
  }
  if (stillToday(saved, language, now)) return saved;
  store.removeItem(FIRST_SCREEN_KEY);
  return undefined;
}

/** Drops the saved copy (a source of what it shows changed). */
export function clearFirstScreen(store: Storage = localStorage): void {
  store.removeItem(FIRST_SCREEN_KEY);
}

/**
 * In the extension's pages: drops the saved copy whenever the calendar, the language setting, the kits or the
 * pause change in storage (whoever wrote them). Returns the unwatch.
 */
export function clearFirstScreenOnChange(store: Storage = localStorage): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const settings = changes[SETTINGS_KEY];
    // Of the settings, only the language is in the copy (the per-site switches are blanked).
    const language = !!settings && preferenceOf(settings.oldValue) !== preferenceOf(settings.newValue);
    if (language || SOURCE_KEYS.some((key) => key in changes)) clearFirstScreen(store);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * In popup.html, before the app and its first paint: shows the saved copy in `container` at once when it is still
 * today's. `checked` settles once the stored calendar revision and language setting are read, after the copy's
 * frame: false (and the copy removed) when they no longer match it.
 */
export function showFirstScreen(
  container: HTMLElement,
  store: Storage = localStorage,
): { shown: boolean; checked: Promise<boolean> } {
  const saved = todaysFirstScreen(store, navigator.language, Date.now());
  if (!saved) return { shown: false, checked: Promise.resolve(false) };
  container.innerHTML = saved.html;
  document.documentElement.lang = saved.lang;
  document.documentElement.dataset.firstScreenMs = performance.now().toFixed(1);
  // The read starts after the copy's frame: its first call sets up the extension's storage bindings (≈ 1–4 ms),
  // and its answer can only come after that frame anyway.
  const read = new Promise<void>((painted) => afterPaint(painted)).then(() =>
    browser.storage.local.get([CALENDAR_REVISION_KEY, SETTINGS_KEY, PAUSE_KEY]),
  );
  const checked = read.then(
    (local) => {
      const { [CALENDAR_REVISION_KEY]: revision, [SETTINGS_KEY]: settings, [PAUSE_KEY]: pauses } = local;
      if (stillCurrent(saved, revision, settings, pauses, navigator.language, Date.now())) return true;
      container.replaceChildren();
      clearFirstScreen(store);
      return false;
    },
    () => true,
  ); // Unread: the copy stays until the app, which reads the same storage, replaces it.
  return { shown: true, checked };
}

/**
 * How many of today's rows the copy needs: at most `rows`, and none past the first one whose bottom reaches the
 * fold (`fold` px below the top of the page; rows laid out at 0 height, as in a DOM without layout, all count).
 */
function rowsToFold(main: HTMLElement, rows: number, fold: number): number {
  const top = main.ownerDocument.documentElement.getBoundingClientRect().top;
  let kept = 0;
  for (const row of main.querySelectorAll('[aria-posinset]')) {
    if (kept === rows) break;
    kept++;
    const { bottom, height } = row.getBoundingClientRect();
    if (height > 0 && bottom - top >= fold) break;
  }
  return kept;
}

/**
 * The copy of the popup's markup to save: today's first `rows` rows (fewer when they reach the fold before),
 * blanked parts, no controls to find.
 */
export function firstScreenMarkup(main: HTMLElement, rows: number, fold = FIRST_SCREEN_FOLD): string {
  const kept = rowsToFold(main, rows, fold);
  const copy = main.cloneNode(true) as HTMLElement;
  for (const row of copy.querySelectorAll('[aria-posinset]'))
    if (Number(row.getAttribute('aria-posinset')) > kept) row.remove();
  // A closed menu's items are never on screen; without them the copy is about a third fewer elements to style.
  for (const hidden of copy.querySelectorAll('details:not([open]) > :not(summary)')) hidden.remove();
  // Tooltips never show on an inert copy; the day strip's list every slot's title (1,000 slots: 12 of its 32 KB).
  for (const titled of copy.querySelectorAll('[title]')) titled.removeAttribute('title');
  for (const testId of BLANKED)
    for (const element of copy.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`))
      element.style.visibility = 'hidden';
  for (const element of copy.querySelectorAll('[data-testid]')) {
    const interactive = element.matches('button, a, input, select, textarea, [tabindex]');
    if (interactive || !KEPT_TEST_IDS.has(element.getAttribute('data-testid')!))
      element.removeAttribute('data-testid');
  }
  if (copy.hasAttribute('data-testid')) copy.removeAttribute('data-testid');
  for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
  return copy.outerHTML;
}

/** Saves what the popup shows now, on `today` (its bounds in the calendar's zone), as the next opening's first screen. */
export async function saveFirstScreen(
  main: HTMLElement,
  revision: number,
  today: { startMs: number; endMs: number },
  rows: number,
  store: Storage = localStorage,
): Promise<void> {
  const { [SETTINGS_KEY]: settings, [PAUSE_KEY]: pauses } = await browser.storage.local.get([
    SETTINGS_KEY,
    PAUSE_KEY,
  ]);
  const saved: FirstScreen = {
    html: firstScreenMarkup(main, rows),
    revision,
    from: today.startMs,
    until: today.endMs,
    preference: preferenceOf(settings),
    language: navigator.language,
    lang: document.documentElement.lang,
    pause: pauseStamp(pauses),
  };
  store.setItem(FIRST_SCREEN_KEY, JSON.stringify(saved));
}
