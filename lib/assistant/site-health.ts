import { browser } from 'wxt/browser';
import type { SiteAdapter } from '@/lib/sites/types';
import { deepQuery } from '@/lib/sites/dom';

export const SITE_HEALTH_KEY = 'siteHealth';

/** The parts of an adapter that site health checks, each when it is used. */
export type SitePart = 'box' | 'submit' | 'confirm' | 'thread' | 'engagement';
export const SITE_PARTS: readonly SitePart[] = ['box', 'submit', 'confirm', 'thread', 'engagement'];

export interface SiteHealthEntry {
  adapter: string;
  /** The parts that found nothing the last time they were used, with the selector names that matched nothing. */
  missing: Partial<Record<SitePart, string[]>>;
  at: number;
}

/** Which selector names belong to a part: by name (box…, …Submit…, …confirm/toast/success…, comment/thread…, counts). */
const PART_OF_NAME: Array<[SitePart, RegExp]> = [
  ['box', /^box/],
  ['submit', /submit|publish|pub$|save/i],
  ['confirm', /toast|success|tips|sent|published/i],
  ['thread', /comment|reply|thread|author|user|tweet|update|note|answer|post$/i],
  ['engagement', /likes?|count|views?|shares?|reposts?|reactions|favourites|collects|coins|upvote/i],
];

export function selectorsOfPart(adapter: SiteAdapter, part: SitePart): Array<[string, string]> {
  const pattern = PART_OF_NAME.find(([name]) => name === part)![1];
  return Object.entries(adapter.selectors).filter(
    ([name]) => pattern.test(name) && (part === 'box' || !/^box/.test(name)),
  );
}

/** The selector names of a part that find nothing in the page, open shadow roots included. */
export function unmatchedSelectors(adapter: SiteAdapter, part: SitePart, doc: Document): string[] {
  return selectorsOfPart(adapter, part)
    .filter(([, selector]) => {
      try {
        return !deepQuery(doc, selector);
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}

/** True when none of the adapter's box selectors finds anything on the page (through open shadow roots). */
export function boxSelectorsMissing(adapter: SiteAdapter, doc: Document): boolean {
  const boxSelectors = selectorsOfPart(adapter, 'box');
  return boxSelectors.length > 0 && unmatchedSelectors(adapter, 'box', doc).length === boxSelectors.length;
}

async function readAll(): Promise<Record<string, SiteHealthEntry>> {
  const stored = (await browser.storage.local.get(SITE_HEALTH_KEY))[SITE_HEALTH_KEY] as
    Record<string, SiteHealthEntry> | undefined;
  const all: Record<string, SiteHealthEntry> = {};
  // Entries written before parts were tracked said only { missing: 'box' }.
  for (const [host, entry] of Object.entries(stored ?? {})) {
    all[host] =
      typeof entry.missing === 'string' ? { ...entry, missing: { [entry.missing as SitePart]: [] } } : entry;
  }
  return all;
}

let writes = Promise.resolve();

/**
 * Records the outcome of one use of a part on this host: `missing` lists the selector names that found nothing
 * (reported as "this part changed"), null means the part worked (its old report is cleared). Written to extension
 * storage (never the site's); one write at a time so two parts reported together both land.
 */
export function reportSitePart(
  adapter: SiteAdapter,
  host: string,
  part: SitePart,
  missing: string[] | null,
): Promise<void> {
  writes = writes
    .then(async () => {
      const all = await readAll();
      const entry = all[host] ?? { adapter: adapter.id, missing: {}, at: Date.now() };
      const before = JSON.stringify(entry.missing[part] ?? null);
      if (missing) entry.missing[part] = missing;
      else delete entry.missing[part];
      if (
        before === JSON.stringify(entry.missing[part] ?? null) &&
        (missing === null || Date.now() - entry.at < 60_000)
      )
        return;
      entry.at = Date.now();
      if (Object.keys(entry.missing).length) all[host] = entry;
      else delete all[host];
      await browser.storage.local.set({ [SITE_HEALTH_KEY]: all });
    })
    .catch(() => undefined);
  return writes;
}

/** The parts missing on a host, in SITE_PARTS order ([] when the site is fully recognised). */
export function missingParts(entry: SiteHealthEntry | null | undefined): SitePart[] {
  if (!entry) return [];
  return SITE_PARTS.filter((part) => entry.missing[part] !== undefined);
}
