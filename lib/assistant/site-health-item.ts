import { storage } from 'wxt/utils/storage';

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
export function migrateSiteHealth(stored: Record<string, unknown> | null): SiteHealth {
  const all: SiteHealth = {};
  for (const [host, value] of Object.entries(stored ?? {})) {
    const entry = value as SiteHealthEntry | { missing: unknown };
    all[host] = (
      typeof entry.missing === 'string' ? { ...entry, missing: { [entry.missing as SitePart]: [] } } : entry
    ) as SiteHealthEntry;
  }
  return all;
}

/**
 * The one storage item for site health (storage.local 'siteHealth': host → the parts that found nothing there),
 * written by the in-page assistant (site-health.ts), read by the popup. v2 is the per-part shape; a value stored
 * before the item existed has no WXT meta (v1) and goes through the same step, which keeps per-part entries as
 * they are.
 */
export const siteHealthItem = storage.defineItem<SiteHealth>('local:siteHealth', {
  fallback: {},
  version: 2,
  migrations: { 2: migrateSiteHealth },
});

/** The parts missing on a host, in SITE_PARTS order ([] when the site is fully recognised). */
export function missingParts(entry: SiteHealthEntry | null | undefined): SitePart[] {
  if (!entry) return [];
  return SITE_PARTS.filter((part) => entry.missing[part] !== undefined);
}
