import type { SiteAdapter } from '@/lib/sites/types';
import { controlLabelled, deepQuery } from '@/lib/sites/dom';
import { readLocal, writeLocal } from '@/lib/storage/local-value';
import { SITE_HEALTH_KEY, migrateSiteHealth, type SitePart } from './site-health-format';
import { createSerialQueue } from '@/lib/serial-queue';

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

/**
 * The selector names of a part that find nothing in the page, open shadow roots included. A selector found by role
 * and label counts only when a match reads its label (any button would match its role).
 */
export function unmatchedSelectors(adapter: SiteAdapter, part: SitePart, doc: Document): string[] {
  return selectorsOfPart(adapter, part)
    .filter(([name, selector]) => {
      const label = adapter.selectorLabels?.[name];
      try {
        return label ? !controlLabelled(doc, label, selector) : !deepQuery(doc, selector);
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

const writes = createSerialQueue();

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
  return writes(async () => {
    // Read as the item would after its migration (a per-part value passes through unchanged).
    const all = migrateSiteHealth((await readLocal(SITE_HEALTH_KEY)) as Record<string, unknown> | undefined);
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
    await writeLocal(SITE_HEALTH_KEY, all);
  }).catch(() => undefined);
}
