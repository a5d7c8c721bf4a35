import type { ActivityRecord } from '../../lib/records/schema';
import { PLATFORM_IDS, type PlatformId } from '../../lib/platforms';

// Deterministic activity-log generator for benchmarks and tests: the same options always give the same
// records (seeded PRNG, no Date.now). Mix of kinds roughly as a busy community manager produces them.

export interface SeedOptions {
  count: number;
  seed?: number;
  /** Newest possible record time, epoch ms. */
  now: number;
  /** Records are spread over this many days before `now`. */
  days?: number;
  platforms?: readonly PlatformId[];
}

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  'Thanks for the feedback, we are on it!',
  '感谢您的反馈，我们会尽快处理。',
  'New drop this Friday — "limited", of course, see link',
  '新品周五上线，欢迎关注，点击链接了解更多',
  'Sorry about the delay, DM us your order number, please.',
];
const RULES = [
  { ruleId: 'banned-term', category: 'terms', severity: 'block' },
  { ruleId: 'preferred-term', category: 'terms', severity: 'warn' },
  { ruleId: 'tone-too-formal', category: 'tone', severity: 'info' },
  { ruleId: 'privacy-phone', category: 'privacy', severity: 'block' },
  { ruleId: 'negative-sentiment', category: 'sentiment', severity: 'warn' },
] as const;
const TAGS = ['praise', 'complaint', 'question', 'suggestion', 'crisis'] as const;
const REASONS = ['Approved by legal', 'Urgent reply', '客户要求', 'False positive'];

export function generateRecords(options: SeedOptions): ActivityRecord[] {
  const random = prng(options.seed ?? 42);
  const days = options.days ?? 365;
  const platforms = options.platforms ?? PLATFORM_IDS.filter((p) => p !== 'generic');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const span = days * 86_400_000;
  const records: ActivityRecord[] = [];
  const posts: { postId: string; platform: PlatformId; at: number }[] = [];
  for (let i = 0; i < options.count; i++) {
    const at = Math.floor(options.now - span + random() * span) + 1;
    const platform = pick(platforms);
    const id = `seed-${options.seed ?? 42}-${i.toString(36).padStart(6, '0')}`;
    const url = `https://example.com/${platform}/${i}`;
    const roll = random();
    const findings = random() < 0.4 ? [{ ...pick(RULES), count: 1 + Math.floor(random() * 3) }] : [];
    if (roll < 0.1) {
      const postId = `post-${i}`;
      posts.push({ postId, platform, at });
      records.push({
        id,
        at,
        platform,
        kind: 'publish',
        postKind: 'post',
        url,
        text: pick(TEXTS),
        findings,
        templateIds: [],
        postId,
      });
    } else if (roll < 0.3) {
      const responseMs = Math.floor(random() * random() * 6 * 3_600_000);
      records.push({
        id,
        at,
        platform,
        kind: 'publish',
        postKind: random() < 0.5 ? 'reply' : 'comment',
        url,
        text: pick(TEXTS),
        findings,
        templateIds: random() < 0.3 ? [`tpl-${Math.floor(random() * 12)}`] : [],
        responseMs,
        repliedTo: { author: 'someone', at: at - responseMs },
      });
    } else if (roll < 0.4) {
      records.push({
        id,
        at,
        platform,
        kind: 'template-use',
        templateId: `tpl-${Math.floor(random() * 12)}`,
      });
    } else if (roll < 0.42) {
      records.push({
        id,
        at,
        platform,
        kind: 'gate-override',
        reason: pick(REASONS),
        ruleIds: [pick(RULES).ruleId],
        url,
      });
    } else if (roll < 0.72) {
      records.push({
        id,
        at,
        platform,
        kind: 'check-summary',
        findings: findings.length > 0 ? findings : [{ ...pick(RULES), count: 1 }],
      });
    } else if (roll < 0.92 && posts.length > 0) {
      const post = posts[Math.floor(random() * posts.length)];
      const age = Math.max(1, (at - post.at) / 3_600_000);
      records.push({
        id,
        at: Math.max(at, post.at + 1),
        platform: post.platform,
        kind: 'engagement',
        postId: post.postId,
        url,
        counts: {
          replies: Math.floor(age),
          reposts: Math.floor(age / 3),
          likes: Math.floor(age * 4),
          views: Math.floor(age * 100),
        },
      });
    } else {
      records.push({
        id,
        at,
        platform,
        kind: 'feedback',
        tag: pick(TAGS),
        note: pick(TEXTS),
        url,
        commentAuthor: 'fan',
        commentText: pick(TEXTS),
      });
    }
  }
  return records;
}
