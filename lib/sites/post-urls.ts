import type { PlatformId } from '../records/schema';

// Post (thread) page URLs of the supported sites, as a tiny table the page-load script and the background can
// use without the adapter registry. Each row mirrors its adapter's `pageKind(url) === 'post'`; a unit test
// checks the two agree on every adapter's test URLs.
interface PostUrlRule {
  platform: PlatformId;
  /** The hostname, `www.` stripped. */
  host: RegExp;
  path: RegExp;
  /** A query parameter the URL must also carry (YouTube `watch?v=`, Facebook `?story_fbid=`). */
  param?: string;
}

const POST_URL_RULES: PostUrlRule[] = [
  { platform: 'x', host: /^(x|twitter)\.com$/, path: /^\/\w{1,15}\/status\/\d+/ },
  { platform: 'facebook', host: /(^|\.)facebook\.com$/, path: /\/posts\/|\/permalink\/|^\/permalink\.php|\/videos\/|\/photos\/|^\/photo/ },
  { platform: 'facebook', host: /(^|\.)facebook\.com$/, path: /^\//, param: 'story_fbid' },
  { platform: 'instagram', host: /(^|\.)instagram\.com$/, path: /^\/([\w.]+\/)?(p|reel|reels|tv)\/[\w-]+/ },
  { platform: 'linkedin', host: /(^|\.)linkedin\.com$/, path: /^\/(feed\/update|posts)\// },
  { platform: 'reddit', host: /(^|\.)reddit\.com$/, path: /^\/r\/\w+\/comments\/\w+/ },
  { platform: 'youtube', host: /^(m\.)?youtube\.com$/, path: /^\/(shorts\/[\w-]+|post\/[\w-]+|(@[\w.-]+|channel\/[\w-]+)\/community)/ },
  { platform: 'youtube', host: /^(m\.)?youtube\.com$/, path: /^\/watch$/, param: 'v' },
  { platform: 'tiktok', host: /(^|\.)tiktok\.com$/, path: /^\/@[\w.-]+\/(video|photo)\/\d+/ },
  { platform: 'weibo', host: /^(m\.)?weibo\.com$/, path: /^\/(\d+\/[A-Za-z0-9]+\/?$|detail\/\d+)/ },
  { platform: 'xiaohongshu', host: /^xiaohongshu\.com$/, path: /^\/(explore|discovery\/item|user\/profile\/\w+)\/\w+/ },
  { platform: 'douyin', host: /^douyin\.com$/, path: /^\/(video|note)\/\d+/ },
  { platform: 'zhihu', host: /^zhihu\.com$/, path: /^\/question\/\d+/ },
  { platform: 'zhihu', host: /^zhuanlan\.zhihu\.com$/, path: /^\/p\/\d+(?![\d/]*edit)/ },
  { platform: 'bilibili', host: /^bilibili\.com$/, path: /^\/(video\/(BV\w+|av\d+)|opus\/\d+)/ },
  { platform: 'bilibili', host: /^t\.bilibili\.com$/, path: /^\/\d+/ },
];

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
    if (rule.host.test(host) && rule.path.test(url.pathname) && (!rule.param || url.searchParams.has(rule.param))) return rule.platform;
  }
  return null;
}
