import { browser } from 'wxt/browser';
import { SETTINGS_KEY, SETTINGS_VERSION, type StoredSettings } from '@/lib/storage/settings-key';

// The popup's first screen from a snapshot (issue 18): the popup saves what it showed (its markup, today's first
// rows only) in storage.session, and popup.html shows that copy before its app has loaded, read and laid out the
// calendar (entrypoints/popup-first-screen.ts, a few KB). The copy is shown only when it is still today's: same
// calendar revision, same day in the calendar's zone, same UI language. It is inert and hidden from assistive
// technology, its controls and per-tab or per-moment parts (the site, the reply queue, today's counts) are blanked,
// and the app removes it when it renders (useFirstScreen). Dependency-free: the early script must stay small.

export const FIRST_SCREEN_KEY = 'popupFirstScreen';
/**
 * Rows the copy keeps: a 600 px popup (Chrome's tallest) shows 5–7 slots under its header (first row at 240 px,
 * 74 px a row with its buttons, measured 2026-12-04); 12 still fill it with a shorter header or rows without
 * buttons. Each row more is markup the popup parses, styles and lays out before that first frame (the app renders
 * more, useGrowingWindow.ts, and replaces the copy).
 */
export const FIRST_SCREEN_ROWS = 12;
/** The element of popup.html the copy is shown in, before #root. */
export const FIRST_SCREEN_ID = 'first-screen';
/** lib/calendar/store.ts's CALENDAR_REVISION_KEY (that module pulls the calendar schema in). */
const CALENDAR_REVISION_KEY = 'calendarRevision';
/** Parts of the copy that may have changed without a calendar revision: kept for the layout, not shown. */
const BLANKED = ['popup-site', 'popup-crisis', 'reply-queue', 'today-counts', 'today-rhythm-warning'];
/** The only test ids the copy keeps: today's list as it was (same revision, same slots in the same order). */
const KEPT_TEST_IDS = new Set(['popup-today', 'today-list', 'today-slot', 'today-rest']);

export interface FirstScreen {
  html: string;
  revision: number;
  /** The day the copy shows, in `zone` (dayIn). */
  day: string;
  zone: string;
  /** The stored locale preference and the browser language it was resolved with, and the result. */
  preference: string;
  language: string;
  lang: string;
}

/** The settings' stored locale preference, read by hand (settings.ts's schema is zod); 'auto' when unreadable. */
function preferenceOf(stored: unknown): string {
  const settings = stored as Partial<StoredSettings> | undefined;
  if (!settings || settings.version !== SETTINGS_VERSION) return 'auto';
  const locale = (settings.value as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' ? locale : 'auto';
}

/** The calendar day of `at` in `zone` (YYYY-MM-DD), or '' for a zone Intl does not know. */
export function dayIn(zone: string, at: number): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(at)
      .filter((part) => part.type !== 'literal')
      .map((part) => part.value)
      .join('-');
  } catch {
    return '';
  }
}

/** Whether a saved copy still shows what the popup would show now. */
export function stillCurrent(
  saved: Partial<FirstScreen> | undefined,
  revision: unknown,
  settings: unknown,
  language: string,
  now: number,
): saved is FirstScreen {
  return (
    !!saved &&
    typeof saved.html === 'string' &&
    typeof saved.zone === 'string' &&
    saved.revision === (typeof revision === 'number' ? revision : 0) &&
    saved.preference === preferenceOf(settings) &&
    saved.language === language &&
    saved.day !== '' &&
    saved.day === dayIn(saved.zone, now)
  );
}

/** In popup.html, before the app: shows the saved copy in `container` when it is still current. */
export async function showFirstScreen(container: HTMLElement): Promise<boolean> {
  const [session, local] = await Promise.all([
    browser.storage.session.get(FIRST_SCREEN_KEY),
    browser.storage.local.get([CALENDAR_REVISION_KEY, SETTINGS_KEY]),
  ]);
  const saved = session[FIRST_SCREEN_KEY] as Partial<FirstScreen> | undefined;
  // The app may have rendered already (it removes the container): nothing to do then.
  if (!container.isConnected) return false;
  if (!stillCurrent(saved, local[CALENDAR_REVISION_KEY], local[SETTINGS_KEY], navigator.language, Date.now()))
    return false;
  container.innerHTML = saved.html;
  document.documentElement.lang = saved.lang;
  document.documentElement.dataset.firstScreenMs = performance.now().toFixed(1);
  return true;
}

/** The copy of the popup's markup to save: today's first `rows` rows, blanked parts, no controls to find. */
export function firstScreenMarkup(main: HTMLElement, rows: number): string {
  const copy = main.cloneNode(true) as HTMLElement;
  for (const row of copy.querySelectorAll('[aria-posinset]'))
    if (Number(row.getAttribute('aria-posinset')) > rows) row.remove();
  // A closed menu's items are never on screen; without them the copy is about a third fewer elements to style.
  for (const hidden of copy.querySelectorAll('details:not([open]) > :not(summary)')) hidden.remove();
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

/** Saves what the popup shows now as the next opening's first screen. */
export async function saveFirstScreen(
  main: HTMLElement,
  revision: number,
  zone: string,
  rows: number,
): Promise<void> {
  const { [SETTINGS_KEY]: settings } = await browser.storage.local.get(SETTINGS_KEY);
  const saved: FirstScreen = {
    html: firstScreenMarkup(main, rows),
    revision,
    day: dayIn(zone, Date.now()),
    zone,
    preference: preferenceOf(settings),
    language: navigator.language,
    lang: document.documentElement.lang,
  };
  await browser.storage.session.set({ [FIRST_SCREEN_KEY]: saved });
}
