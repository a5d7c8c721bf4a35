import type { ContentType, PlatformId } from './schema';

// Where "Post now" from a slot opens: the platform's own compose or upload page (all on hosts Onbrand supports,
// so the draft checks run there). Content-type specific pages where the platform has them.

const COMPOSE_URLS: Record<Exclude<PlatformId, 'generic'>, string> = {
  x: 'https://x.com/compose/post',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  linkedin: 'https://www.linkedin.com/feed/?shareActive=true',
  reddit: 'https://www.reddit.com/submit',
  youtube: 'https://www.youtube.com/upload',
  tiktok: 'https://www.tiktok.com/upload',
  weibo: 'https://weibo.com/',
  xiaohongshu: 'https://creator.xiaohongshu.com/publish/publish',
  douyin: 'https://creator.douyin.com/creator-micro/content/upload',
  zhihu: 'https://www.zhihu.com/',
  bilibili: 'https://member.bilibili.com/platform/upload/video/frame',
  wechat: 'https://mp.weixin.qq.com/',
};

const BY_CONTENT_TYPE: Partial<Record<PlatformId, Partial<Record<ContentType, string>>>> = {
  linkedin: { article: 'https://www.linkedin.com/article/new/' },
  zhihu: { article: 'https://zhuanlan.zhihu.com/write' },
  bilibili: { text: 'https://t.bilibili.com/', image: 'https://t.bilibili.com/', live: 'https://link.bilibili.com/p/center/index' },
};

/** The compose page for a platform (and content type), or undefined for 'generic'. */
export function composeUrl(platform: PlatformId, contentType?: ContentType): string | undefined {
  if (platform === 'generic') return undefined;
  return (contentType && BY_CONTENT_TYPE[platform]?.[contentType]) || COMPOSE_URLS[platform];
}
