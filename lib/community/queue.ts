import type { PlatformId } from '../platforms';
import { normalizeHandle } from '../platforms/handles';
import { ageState, targetFor, type AgeState, type ResponseTargets } from './targets';
import { fnv1a } from '../fnv1a';

// The reply queue's model, free of storage and DOM: which comments on the brand's own posts still wait for an
// answer, how old they are against the platform's target, and in which order to show them.

export type QueueState = 'waiting' | 'answered' | 'dismissed';
/** Feedback tags that jump the queue: a complaint or a crisis waits for nobody. */
export const URGENT_TAGS = ['crisis', 'complaint'] as const;

/** One comment as the page shows it (what the in-page scan sends). */
export interface SeenComment {
  key: string;
  author?: string;
  /** When the comment was posted, where the page shows it. */
  postedAt?: number;
  /** The comment's permalink (or, on sites without one, the post's). */
  url?: string;
  /** The first characters of the comment, for the popup list. */
  excerpt?: string;
}

export interface QueueEntry extends SeenComment {
  platform: PlatformId;
  /** The post page the comment was seen on (opened when the comment has no permalink of its own). */
  postUrl: string;
  /** When Onbrand first saw the comment; its age when the page shows no time. */
  firstSeen: number;
  state: QueueState;
  /** 'complaint' or 'crisis' when the manager tagged it (feedback). */
  tag?: string;
  answeredAt?: number;
  dismissReason?: string;
}

/** 64 bits of FNV-1a over two seeds, hex: a short stable id for a comment without a permalink of its own. */
export function hash64(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text)) + hex(fnv1a(text, 0x01000193 ^ 0x5bd1e995, 0x5bd1e995));
}

/**
 * A comment's identity: its permalink when it has its own (X, YouTube's `lc=`), otherwise the post it sits on,
 * its author and its text (Weibo and Bilibili give comments no link of their own).
 */
export function commentKey(
  platform: PlatformId,
  postUrl: string,
  comment: { author?: string; url?: string; text?: string; postedAt?: number },
): string {
  const own = comment.url && comment.url !== postUrl && !isProfileUrl(comment.url) ? comment.url : '';
  const identity =
    own ||
    `${postUrl}\n${normalizeHandle(comment.author ?? '')}\n${comment.postedAt ?? ''}\n${(comment.text ?? '').slice(0, 500)}`;
  return `${platform}:${hash64(identity)}`;
}

/** Bilibili's comment "link" is the author's space page: the same for every comment of theirs. */
function isProfileUrl(url: string): boolean {
  return /^https:\/\/space\.bilibili\.com\//.test(url);
}

/** How long the comment has waited: since it was posted where the page says, otherwise since first seen. */
export function ageOf(entry: Pick<QueueEntry, 'postedAt' | 'firstSeen'>, now: number): number {
  return Math.max(0, now - (entry.postedAt ?? entry.firstSeen));
}

export interface RankedEntry extends QueueEntry {
  ageMs: number;
  targetMs: number;
  age: AgeState;
}

const urgent = (entry: QueueEntry) => (URGENT_TAGS as readonly string[]).includes(entry.tag ?? '');

/** The waiting comments, complaints and crises first, then the most overdue (share of target) first. */
export function rankQueue(
  entries: Iterable<QueueEntry>,
  now: number,
  targets: ResponseTargets = {},
): RankedEntry[] {
  const ranked: RankedEntry[] = [];
  for (const entry of entries) {
    if (entry.state !== 'waiting') continue;
    const ageMs = ageOf(entry, now);
    const targetMs = targetFor(entry.platform, targets);
    ranked.push({ ...entry, ageMs, targetMs, age: ageState(ageMs, targetMs) });
  }
  return ranked.sort(
    (a, b) =>
      Number(urgent(b)) - Number(urgent(a)) ||
      b.ageMs / b.targetMs - a.ageMs / a.targetMs ||
      a.key.localeCompare(b.key),
  );
}

export interface QueueSummary {
  waiting: number;
  pastTarget: number;
  oldest?: { ageMs: number; platform: PlatformId };
}

export function summarize(ranked: readonly RankedEntry[]): QueueSummary {
  let oldest: RankedEntry | undefined;
  for (const entry of ranked) if (!oldest || entry.ageMs > oldest.ageMs) oldest = entry;
  return {
    waiting: ranked.length,
    pastTarget: ranked.filter((entry) => entry.age === 'past').length,
    oldest: oldest && { ageMs: oldest.ageMs, platform: oldest.platform },
  };
}

/** Where the popup sends the manager: the comment's permalink, or the post it sits on. */
export function openUrl(entry: Pick<QueueEntry, 'url' | 'postUrl'>): string {
  return entry.url && !isProfileUrl(entry.url) ? entry.url : entry.postUrl;
}

/** What a reply record says it answered (PublishRecord.repliedTo). */
export interface ReplyTarget {
  author?: string;
  at?: number;
  url?: string;
}

/**
 * Whether a reply answered this comment. By permalink when the comment has its own; otherwise the author must
 * match and so must the time or the link the page gave (a Bilibili reply names the commenter's space page).
 */
export function replyAnswers(reply: ReplyTarget, entry: QueueEntry): boolean {
  const hasOwnLink = entry.url && entry.url !== entry.postUrl && !isProfileUrl(entry.url);
  if (hasOwnLink) return reply.url === entry.url;
  if (!reply.author || !entry.author || normalizeHandle(reply.author) !== normalizeHandle(entry.author))
    return false;
  if (reply.at !== undefined && entry.postedAt !== undefined) return reply.at === entry.postedAt;
  return reply.url !== undefined && (reply.url === entry.url || reply.url === entry.postUrl);
}
