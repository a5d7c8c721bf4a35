import { storage } from 'wxt/utils/storage';
import {
  SITE_HEALTH_KEY,
  SITE_HEALTH_VERSION,
  migrateSiteHealth,
  type SiteHealth,
} from './site-health-format';

export * from './site-health-format';

/**
 * The one storage item for site health (storage.local 'siteHealth': host → the parts that found nothing there),
 * written by the in-page assistant by key (site-health.ts, without WXT's storage module), read by the popup. v2 is the per-part shape; a value stored
 * before the item existed has no WXT meta (v1) and goes through the same step, which keeps per-part entries as
 * they are.
 */
export const siteHealthItem = storage.defineItem<SiteHealth>(`local:${SITE_HEALTH_KEY}`, {
  fallback: {},
  version: SITE_HEALTH_VERSION,
  migrations: { [SITE_HEALTH_VERSION]: migrateSiteHealth },
});
