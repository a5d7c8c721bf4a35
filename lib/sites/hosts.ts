import { PLATFORMS } from '../platforms';

// The supported social sites, from each platform's metadata (lib/platforms/). The manifest's host_permissions
// and the content script's matches both come from this one list.
export const SITE_HOSTS = PLATFORMS.flatMap((platform) => platform.hosts);

export type SiteHost = (typeof PLATFORMS)[number]['hosts'][number];

/** `https://*.x.com/*` covers x.com itself and its subdomains; WeChat's editor is one exact host. */
export const SITE_HOST_PATTERNS: string[] = PLATFORMS.flatMap((platform) =>
  platform.hosts.map((host) =>
    'exactHosts' in platform && platform.exactHosts ? `https://${host}/*` : `https://*.${host}/*`,
  ),
);

export function isSupportedHost(hostname: string): boolean {
  return SITE_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/**
 * The site a frame belongs to. about:blank/about:srcdoc frames (WeChat's article body) have no hostname of
 * their own: they inherit their parent's origin.
 */
export function siteHostname(win: Window = window): string {
  if (win.location.hostname) return win.location.hostname;
  const ancestor = win.location.ancestorOrigins?.[0];
  if (ancestor) return new URL(ancestor).hostname;
  try {
    return win.parent.location.hostname;
  } catch {
    return '';
  }
}

/** The platforms with a DOM adapter of their own (lib/sites/registry.ts): every one but 'generic'. */
export type SiteId = Exclude<(typeof PLATFORMS)[number]['id'], 'generic'>;

/**
 * The platform whose adapter serves `hostname` (the host itself or a subdomain of one of its hosts), undefined for
 * any other site. The same rule as lib/sites/registry.ts's adapterForHost, from the platforms' metadata, so code
 * that must not load every adapter (the background, the in-page assistant) can name the one it needs.
 */
export function siteIdForHost(hostname: string): SiteId | undefined {
  const host = hostname.replace(/^www\./, '');
  const platform = PLATFORMS.find(
    (candidate) =>
      candidate.id !== 'generic' && candidate.hosts.some((h) => host === h || host.endsWith(`.${h}`)),
  );
  return platform?.id as SiteId | undefined;
}
