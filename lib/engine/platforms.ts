// Built-in platform limits, in each platform's own counting unit, from each platform's metadata
// (lib/platforms/<id>.ts, where the sources are named). A kit can override any of them.
import { byPlatform, type FieldLimit } from '@/lib/platforms';

export type { FieldLimit };

export const PLATFORM_FIELDS = byPlatform(
  (platform): Readonly<Record<string, FieldLimit>> => platform.fields,
);

/** Built-in hashtag caps (Bilibili allows at most 10 tags). */
export const PLATFORM_MAX_HASHTAGS = byPlatform((platform) => platform.maxHashtags);

/** Any one of these satisfies a sponsored post's disclosure unless the kit sets its own. */
export const DEFAULT_DISCLOSURE_TAGS = ['#ad', '#sponsored', '#广告', '#赞助', '#合作'];

export function fieldLimit(platform: keyof typeof PLATFORM_FIELDS, field: string): FieldLimit | undefined {
  const fields = PLATFORM_FIELDS[platform];
  return fields[field] ?? (field === 'comment' || field === 'reply' ? fields.body : undefined);
}
