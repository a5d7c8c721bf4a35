import type { SiteAdapter } from './types';
import { genericAdapter } from './generic';
import { xAdapter } from './x';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { redditAdapter } from './reddit';
import { youtubeAdapter } from './youtube';
import { tiktokAdapter } from './tiktok';
import { weiboAdapter } from './weibo';
import { xiaohongshuAdapter } from './xiaohongshu';
import { douyinAdapter } from './douyin';
import { zhihuAdapter } from './zhihu';
import { bilibiliAdapter } from './bilibili';
import { wechatAdapter } from './wechat';

// Every site adapter, one file each. A newcomer adds a site by writing lib/sites/<site>.ts and listing it here
// (and its metadata in lib/platforms/, see its README); test/unit/sites checks every adapter against saved page snapshots.
export const SITE_ADAPTERS: SiteAdapter[] = [
  xAdapter,
  facebookAdapter,
  instagramAdapter,
  linkedinAdapter,
  redditAdapter,
  youtubeAdapter,
  tiktokAdapter,
  weiboAdapter,
  xiaohongshuAdapter,
  douyinAdapter,
  zhihuAdapter,
  bilibiliAdapter,
  wechatAdapter,
];

export function adapterForHost(hostname: string): SiteAdapter {
  const host = hostname.replace(/^www\./, '');
  return (
    SITE_ADAPTERS.find((adapter) => adapter.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ??
    genericAdapter
  );
}
