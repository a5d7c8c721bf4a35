/**
 * Small kit preferences that follow the user across their own browsers through storage.sync: which kit each
 * site uses and the preferred gate mode. Kits themselves stay in storage.local (sync allows 8 KB per item).
 */
import * as z from 'zod/mini';
import { GATE_MODES } from '@/lib/engine';
import { KIT_PREFS_KEY, KIT_PREFS_VERSION } from './kit-storage-keys';

export { KIT_PREFS_KEY };
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox uses the same limit), counted as key + JSON value. */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

export const KitPrefs = z.object({
  version: z.literal(KIT_PREFS_VERSION),
  /** hostname → kit id. A host also matches its subdomains (x.com covers mobile.x.com). */
  siteKits: z.record(
    z.string().check(z.minLength(1), z.maxLength(253)),
    z.string().check(z.minLength(1), z.maxLength(100)),
  ),
  /** Used when the kit itself sets no gate mode; a managed policy and the kit's own setting win. */
  gateMode: z.optional(z.enum(GATE_MODES)),
});
export type KitPrefs = z.infer<typeof KitPrefs>;

export const DEFAULT_KIT_PREFS: KitPrefs = { version: KIT_PREFS_VERSION, siteKits: {} };

/** Nothing stored (undefined or null) or an unreadable value gives the defaults. */
export function parseKitPrefs(stored: unknown): KitPrefs {
  const parsed = KitPrefs.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_KIT_PREFS;
}

/** Bytes the item takes against the sync quota (UTF-8 of key + JSON, as Chrome counts it). */
export function syncItemBytes(prefs: KitPrefs): number {
  return new TextEncoder().encode(KIT_PREFS_KEY + JSON.stringify(prefs)).length;
}

export function fitsSyncQuota(prefs: KitPrefs): boolean {
  return syncItemBytes(prefs) <= SYNC_ITEM_QUOTA_BYTES;
}

/** Normalises what the user types ("https://www.X.com/home" → "x.com"). Returns null when it is no hostname. */
export function normalizeHostname(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  try {
    if (host.includes('/') || host.includes(':'))
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) ? host : null;
}

/** The kit id assigned to this host or its closest assigned parent domain. */
export function kitIdForHost(prefs: KitPrefs, hostname: string): string | undefined {
  let host = hostname.toLowerCase().replace(/^www\./, '');
  for (;;) {
    const id = prefs.siteKits[host];
    if (id) return id;
    const dot = host.indexOf('.');
    if (dot < 0) return undefined;
    host = host.slice(dot + 1);
  }
}
