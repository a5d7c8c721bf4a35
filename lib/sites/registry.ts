import type { SiteAdapter } from './types';
import { genericAdapter } from './generic';

// Every site adapter, one file each. A newcomer adds a site by writing lib/sites/<site>.ts and listing it here
// (and its host in hosts.ts); test/unit/sites checks every adapter against saved page snapshots.
export const SITE_ADAPTERS: SiteAdapter[] = [];

export function adapterForHost(hostname: string): SiteAdapter {
  const host = hostname.replace(/^www\./, '');
  return (
    SITE_ADAPTERS.find((adapter) => adapter.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? genericAdapter
  );
}
