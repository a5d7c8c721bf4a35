import type { Member } from './member';
import { DAY_MS } from '../../durations';

// Activity segments: active (last interaction within 30 days), silent (31–90), churned (over 90), and new
// (first seen within the last 7 days, which wins over active). The thresholds are the team's to edit.

export const SEGMENTS = ['new', 'active', 'silent', 'churned'] as const;
export type Segment = (typeof SEGMENTS)[number];

export interface SegmentThresholds {
  activeDays: number;
  silentDays: number;
  newDays: number;
}

export const DEFAULT_THRESHOLDS: SegmentThresholds = { activeDays: 30, silentDays: 90, newDays: 7 };

export function segmentOf(
  member: Pick<Member, 'firstSeen' | 'lastSeen'>,
  now: number,
  thresholds: SegmentThresholds = DEFAULT_THRESHOLDS,
): Segment {
  if (now - member.firstSeen <= thresholds.newDays * DAY_MS) return 'new';
  const idle = now - member.lastSeen;
  if (idle <= thresholds.activeDays * DAY_MS) return 'active';
  if (idle <= thresholds.silentDays * DAY_MS) return 'silent';
  return 'churned';
}

/** Thresholds from storage or a form: whole days, new ≤ active < silent, anything else falls back to the defaults. */
export function parseThresholds(value: unknown): SegmentThresholds {
  const v = (value ?? {}) as Partial<SegmentThresholds>;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 3650;
  const t = {
    activeDays: ok(v.activeDays) ? v.activeDays : DEFAULT_THRESHOLDS.activeDays,
    silentDays: ok(v.silentDays) ? v.silentDays : DEFAULT_THRESHOLDS.silentDays,
    newDays: ok(v.newDays) ? v.newDays : DEFAULT_THRESHOLDS.newDays,
  };
  // "New" lies inside "active" (first seen this week): the segment counts are index ranges that rely on it.
  return t.newDays <= t.activeDays && t.activeDays < t.silentDays ? t : DEFAULT_THRESHOLDS;
}
