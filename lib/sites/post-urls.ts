import { PLATFORMS, type PlatformId } from '../platforms';

// Post (thread) page URLs of the supported sites (each platform's `postUrls` in lib/platforms/), for the
// page-load script and the background without the adapter registry. Each rule mirrors its adapter's `pageKind(url) === 'post'`; a unit test
// checks the two agree on every adapter's test URLs.
const POST_URL_RULES = PLATFORMS.flatMap((platform) =>
  platform.postUrls.map((rule) => ({ ...rule, platform: platform.id })),
);

/** The platform whose post page this URL is, or null (any other page, any other site). */
export function postPagePlatform(href: string | URL): PlatformId | null {
  let url: URL;
  try {
    url = typeof href === 'string' ? new URL(href) : href;
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, '');
  for (const rule of POST_URL_RULES) {
    if (
      rule.host.test(host) &&
      rule.path.test(url.pathname) &&
      (!('param' in rule) || url.searchParams.has(rule.param))
    )
      return rule.platform;
  }
  return null;
}
