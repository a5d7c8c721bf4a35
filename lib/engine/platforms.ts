/**
 * Built-in platform limits, in each platform's own counting unit (sources: /work/shared/guide/platforms.md —
 * X developer docs "Counting characters", platform help pages, composer UIs). A kit can override any of them.
 *
 * Fields: "body" (post text / caption / description) everywhere; plus "title" (youtube, reddit, xiaohongshu,
 * bilibili, wechat), "comment" (linkedin, youtube, and every platform without its own comment limit falls back
 * to body), "reply" (x, same as body), "author" and "digest" (wechat).
 */
import type { PlatformId } from '@/lib/records/schema';
import type { LengthUnit } from './types';

export interface FieldLimit {
  max: number;
  unit: LengthUnit;
}

export const PLATFORM_FIELDS: Record<PlatformId, Record<string, FieldLimit>> = {
  x: { body: { max: 280, unit: 'weighted' }, reply: { max: 280, unit: 'weighted' } },
  facebook: { body: { max: 63_206, unit: 'chars' } },
  instagram: { body: { max: 2_200, unit: 'chars' } },
  linkedin: { body: { max: 3_000, unit: 'chars' }, comment: { max: 1_250, unit: 'chars' } },
  reddit: { title: { max: 300, unit: 'chars' }, body: { max: 40_000, unit: 'chars' } },
  youtube: { title: { max: 100, unit: 'chars' }, body: { max: 5_000, unit: 'bytes' }, comment: { max: 10_000, unit: 'chars' } },
  tiktok: { body: { max: 2_200, unit: 'chars' } },
  weibo: { body: { max: 2_000, unit: 'chars' } },
  xiaohongshu: { title: { max: 20, unit: 'chars' }, body: { max: 1_000, unit: 'chars' } },
  douyin: {},
  zhihu: {},
  bilibili: { title: { max: 80, unit: 'chars' } },
  wechat: { title: { max: 64, unit: 'chars' }, author: { max: 8, unit: 'chars' }, digest: { max: 120, unit: 'chars' } },
  generic: {},
};

/** Built-in hashtag caps (Bilibili allows at most 10 tags). */
export const PLATFORM_MAX_HASHTAGS: Partial<Record<PlatformId, number>> = { bilibili: 10 };

/** Any one of these satisfies a sponsored post's disclosure unless the kit sets its own. */
export const DEFAULT_DISCLOSURE_TAGS = ['#ad', '#sponsored', '#广告', '#赞助', '#合作'];

export function fieldLimit(platform: PlatformId, field: string): FieldLimit | undefined {
  const fields = PLATFORM_FIELDS[platform];
  return fields[field] ?? (field === 'comment' || field === 'reply' ? fields.body : undefined);
}
