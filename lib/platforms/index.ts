// Every platform Onbrand knows, one file each. The id list, the host list and every per-platform table are
// derived from this array: adding a platform is its metadata file here plus its DOM adapter in lib/sites/.
import { bilibili } from './bilibili';
import { douyin } from './douyin';
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { reddit } from './reddit';
import { tiktok } from './tiktok';
import type { PlatformMeta } from './types';
import { wechat } from './wechat';
import { weibo } from './weibo';
import { x } from './x';
import { xiaohongshu } from './xiaohongshu';
import { youtube } from './youtube';
import { zhihu } from './zhihu';

export type { FieldLimit, LengthUnit, PlatformMeta, PostUrlRule } from './types';

/** In display order; 'generic' (any other site) last. */
export const PLATFORMS = [
  x,
  facebook,
  instagram,
  linkedin,
  reddit,
  youtube,
  tiktok,
  weibo,
  xiaohongshu,
  douyin,
  zhihu,
  bilibili,
  wechat,
  generic,
] as const;

export type PlatformId = (typeof PLATFORMS)[number]['id'];

export const PLATFORM_IDS = PLATFORMS.map((platform) => platform.id) as unknown as readonly [
  PlatformId,
  ...PlatformId[],
];

const BY_ID = new Map<string, PlatformMeta>(PLATFORMS.map((platform) => [platform.id, platform]));

export function platformMeta(id: PlatformId): PlatformMeta {
  return BY_ID.get(id)!;
}

/** A table keyed by platform id, built from each platform's metadata. */
export function byPlatform<T>(pick: (platform: PlatformMeta) => T): Record<PlatformId, T> {
  return Object.fromEntries(PLATFORMS.map((platform) => [platform.id, pick(platform)])) as Record<
    PlatformId,
    T
  >;
}
