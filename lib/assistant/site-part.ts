import type { SiteAdapter } from '@/lib/sites/types';
import { genericAdapter } from '@/lib/sites/generic';
import { siteIdForHost } from '@/lib/sites/hosts';
import { loadedPart } from './part-registry';

// Stands in for lib/sites/registry.ts inside content-scripts/assistant.js (wxt.config.ts resolves it there only):
// a page gets its own site's adapter as the site-<id> part (entrypoints/part-site-<id>.ts), injected with the
// assistant or asked for by startAssistant (parts.ts ensureSitePart) before this is called. Without it this throws
// rather than treat a supported site as an unknown one.
export function adapterForHost(hostname: string): SiteAdapter {
  const id = siteIdForHost(hostname);
  if (id === undefined) return genericAdapter;
  const adapter = loadedPart<SiteAdapter>(`site-${id}`);
  if (adapter === undefined) throw new Error(`the assistant's site-${id} part is not loaded in this page`);
  return adapter;
}
