// Where and in which shape site health is stored (storage.local 'siteHealth': host → the parts that found nothing
// there): kept apart from the WXT item (site-health-item.ts) so the in-page assistant, which writes it
// (site-health.ts), does not carry WXT's storage module.
export const SITE_HEALTH_KEY = 'siteHealth';
export const SITE_HEALTH_VERSION = 2;

/** The parts of an adapter that site health checks, each when it is used. */
export type SitePart = 'box' | 'submit' | 'confirm' | 'thread' | 'engagement';
export const SITE_PARTS: readonly SitePart[] = ['box', 'submit', 'confirm', 'thread', 'engagement'];

export interface SiteHealthEntry {
  adapter: string;
  /** The parts that found nothing the last time they were used, with the selector names that matched nothing. */
  missing: Partial<Record<SitePart, string[]>>;
  at: number;
}

export type SiteHealth = Record<string, SiteHealthEntry>;

/** Entries written before parts were tracked said only { missing: 'box' }: they become { missing: { box: [] } }. */
export function migrateSiteHealth(stored: Record<string, unknown> | null | undefined): SiteHealth {
  const all: SiteHealth = {};
  for (const [host, value] of Object.entries(stored ?? {})) {
    const entry = value as SiteHealthEntry | { missing: unknown };
    all[host] = (
      typeof entry.missing === 'string' ? { ...entry, missing: { [entry.missing as SitePart]: [] } } : entry
    ) as SiteHealthEntry;
  }
  return all;
}

/** The parts missing on a host, in SITE_PARTS order ([] when the site is fully recognised). */
export function missingParts(entry: SiteHealthEntry | null | undefined): SitePart[] {
  if (!entry) return [];
  return SITE_PARTS.filter((part) => entry.missing[part] !== undefined);
}
