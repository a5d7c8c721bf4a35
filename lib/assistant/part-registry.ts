import { partRegistry } from './page-handshake';

// Where the assistant's optional parts (see parts.ts) register in the content-script world (page-handshake.ts keeps
// the shared registry). Dependency-free otherwise: every part script imports it.

export const PART_FILES = {
  re2js: '/part-re2js.js',
  'i18n-en': '/part-i18n-en.js',
  'i18n-zh': '/part-i18n-zh.js',
  starter: '/part-starter.js',
  pinyin: '/part-pinyin.js',
  t2s: '/part-t2s.js',
  'template-pinyin': '/part-template-pinyin.js',
  'community-ui': '/part-community-ui.js',
  'template-picker-ui': '/part-template-picker-ui.js',
  'site-x': '/part-site-x.js',
  'x-links': '/part-x-links.js',
  'site-facebook': '/part-site-facebook.js',
  'site-instagram': '/part-site-instagram.js',
  'site-linkedin': '/part-site-linkedin.js',
  'site-reddit': '/part-site-reddit.js',
  'site-youtube': '/part-site-youtube.js',
  'site-tiktok': '/part-site-tiktok.js',
  'site-weibo': '/part-site-weibo.js',
  'site-xiaohongshu': '/part-site-xiaohongshu.js',
  'site-douyin': '/part-site-douyin.js',
  'site-zhihu': '/part-site-zhihu.js',
  'site-bilibili': '/part-site-bilibili.js',
  'site-wechat': '/part-site-wechat.js',
} as const;
export type PartName = keyof typeof PART_FILES;
export const PART_NAMES = Object.keys(PART_FILES) as PartName[];

const registry = (): Partial<Record<PartName, unknown>> => partRegistry();

export function registerPart(name: PartName, value: unknown): void {
  registry()[name] = value;
}

export function loadedPart<T>(name: PartName): T | undefined {
  return registry()[name] as T | undefined;
}
