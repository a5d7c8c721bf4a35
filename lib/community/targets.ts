import type { PlatformId } from '../platforms';

// How fast the team means to answer a comment, per platform. Fast-moving Chinese feeds expect an answer within
// the hour; professional and long-form sites tolerate a few hours. The manager edits these (community prefs).

const HOUR = 3_600_000;

export const DEFAULT_RESPONSE_TARGETS_MS: Record<PlatformId, number> = {
  weibo: 1 * HOUR,
  douyin: 1 * HOUR,
  x: 1 * HOUR,
  xiaohongshu: 2 * HOUR,
  facebook: 2 * HOUR,
  instagram: 2 * HOUR,
  tiktok: 2 * HOUR,
  linkedin: 4 * HOUR,
  reddit: 4 * HOUR,
  youtube: 4 * HOUR,
  bilibili: 4 * HOUR,
  zhihu: 8 * HOUR,
  wechat: 8 * HOUR,
  generic: 4 * HOUR,
};

/** A comment turns amber once this share of its target has passed. */
export const NEAR_SHARE = 0.75;

export type ResponseTargets = Partial<Record<PlatformId, number>>;

export function targetFor(platform: PlatformId, overrides: ResponseTargets = {}): number {
  return overrides[platform] ?? DEFAULT_RESPONSE_TARGETS_MS[platform];
}

export type AgeState = 'ok' | 'near' | 'past';

export function ageState(ageMs: number, targetMs: number): AgeState {
  if (ageMs >= targetMs) return 'past';
  return ageMs >= targetMs * NEAR_SHARE ? 'near' : 'ok';
}
