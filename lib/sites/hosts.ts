// The supported social sites. The manifest's host_permissions and the content script's matches both come
// from this one list, so a site is added in exactly one place (plus its adapter in lib/sites/).
export const SITE_HOSTS = [
  'x.com',
  'twitter.com',
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'reddit.com',
  'youtube.com',
  'tiktok.com',
  'weibo.com',
  'xiaohongshu.com',
  'douyin.com',
  'zhihu.com',
  'bilibili.com',
  'mp.weixin.qq.com',
] as const;

export type SiteHost = (typeof SITE_HOSTS)[number];

/** `https://*.x.com/*` covers x.com itself and its subdomains; WeChat's editor is one exact host. */
export const SITE_HOST_PATTERNS: string[] = SITE_HOSTS.map((host) =>
  host === 'mp.weixin.qq.com' ? `https://${host}/*` : `https://*.${host}/*`,
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
