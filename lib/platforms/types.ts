// What Onbrand knows about one platform, kept in that platform's own file (lib/platforms/<id>.ts). The DOM
// adapter that reads its editors lives in lib/sites/; everything else about the platform is here.

/** How a platform counts a field's length: characters, X's weighted count, or UTF-8 bytes. */
export type LengthUnit = 'chars' | 'weighted' | 'bytes';

export interface FieldLimit {
  max: number;
  unit: LengthUnit;
}

/** One way a post (thread) page URL looks; it must mirror the adapter's `pageKind(url) === 'post'`. */
export interface PostUrlRule {
  /** The hostname, `www.` stripped. */
  host: RegExp;
  path: RegExp;
  /** A query parameter the URL must also carry (YouTube `watch?v=`, Facebook `?story_fbid=`). */
  param?: string;
}

export interface PlatformMeta {
  id: string;
  /** Hosts the extension runs on; subdomains included unless `exactHosts`. Empty for 'generic'. */
  hosts: readonly string[];
  /** Only the hosts themselves, no subdomains (WeChat's editor is one exact host). */
  exactHosts?: boolean;
  /** The name shown in the UI, in each UI language. */
  names: { en: string; zh: string };
  /** How an exported calendar (.ics) entry names the platform. */
  calendarLabel: string;
  postUrls: readonly PostUrlRule[];
  /**
   * Built-in field limits in the platform's own unit (sources: the developer guide's platforms.md). "body" everywhere it
   * has a limit; "title", "comment", "reply", "author", "digest" where the platform has them. A kit can
   * override any of them.
   */
  fields: Readonly<Record<string, FieldLimit>>;
  /** The most hashtags a post may carry, where the platform caps them. */
  maxHashtags?: number;
  /** Where "Post now" from a calendar slot opens; per content type where the platform has its own page. */
  compose?: { default: string; byContentType?: Readonly<Record<string, string>> };
  /** Names people type in spreadsheets for this platform, English and Chinese (the id always matches). */
  aliases: readonly string[];
  /** The platform's colour in report charts and on calendar slots. */
  colour: string;
  /**
   * A short monogram (one or two characters, never a logo file) drawn in the platform's colour on calendar
   * slots; decorative, the slot names the platform in words.
   */
  mark: string;
}

/**
 * Metadata only the calendar reads (lib/calendar/compose.ts, ics-export.ts: the worker, popup and dashboard), never
 * the in-page assistant, whose build leaves it out (wxt.config.ts); test/unit/conventions/platform-keys.test.ts
 * keeps it so.
 */
export const CALENDAR_ONLY_PLATFORM_KEYS = [
  'compose',
  'calendarLabel',
] as const satisfies readonly (keyof PlatformMeta)[];
