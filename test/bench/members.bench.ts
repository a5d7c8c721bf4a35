import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { openOnbrandDB } from '../../lib/db/schema';
import { createMemberHandlers } from '../../lib/community/members/handlers';
import type { Member } from '../../lib/community/members/member';
import { PLATFORM_IDS } from '../../lib/platforms';

// The member book at scale (part of `npm run bench:records`): 100,000 members over two years in fake-indexeddb,
// then the Members tab's request as the background answers it: read the whole book, segment, filter, sort and
// return the first page. Target: opening (no filter) and filtering each ≤ 300 ms.

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 30, 12);
export const MEMBERS_TARGET_MS = 300;

function members(count: number): Member[] {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => {
    const platform = PLATFORM_IDS[i % PLATFORM_IDS.length];
    const firstSeen = NOW - Math.floor(random() * 730 * DAY);
    const lastSeen = firstSeen + Math.floor(random() * (NOW - firstSeen));
    return {
      id: `${platform}:member${i}`,
      platform,
      handle: `member${i}`,
      displayName: i % 3 === 0 ? `会员${i}` : undefined,
      firstSeen,
      lastSeen,
      comments: 1 + Math.floor(random() * 40),
      repliesReceived: Math.floor(random() * 5),
      tags: i % 11 === 0 ? ['complaint'] : [],
      notes: i % 50 === 0 ? 'VIP' : '',
      lastCommentUrl: `https://example.com/${i}`,
    };
  });
}

export async function benchMembers(count = 100_000): Promise<{ ok: boolean; lines: string[] }> {
  const db = await openOnbrandDB(`bench-members-${Date.now()}`);
  const seedStart = performance.now();
  const tx = db.transaction('members', 'readwrite');
  for (const member of members(count)) void tx.store.put(member);
  await tx.done;
  const seedMs = performance.now() - seedStart;
  const area = { get: async () => ({}), set: async () => undefined };
  const handlers = createMemberHandlers(
    async () => db,
    area,
    () => NOW,
  );
  const time = async (query: Parameters<(typeof handlers)['community.members']>[0]) => {
    const runs: number[] = [];
    let matched = 0;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      matched = (await handlers['community.members'](query, {})).matched;
      runs.push(performance.now() - start);
    }
    return { median: runs.sort((a, b) => a - b)[1], matched };
  };
  const open = await time({});
  const filtered = await time({ segment: 'silent', platform: 'weibo', search: '会员', sort: 'comments' });
  db.close();
  const ok = open.median <= MEMBERS_TARGET_MS && filtered.median <= MEMBERS_TARGET_MS;
  const verdict = (ms: number) => (ms <= MEMBERS_TARGET_MS ? 'PASS' : 'FAIL');
  return {
    ok,
    lines: [
      `member book: seeded ${count.toLocaleString('en')} members in ${(seedMs / 1000).toFixed(1)} s (fake-indexeddb)`,
      `Members tab open (read all, segment, sort, first 200): median ${open.median.toFixed(0)} ms of 3 — target ≤ ${MEMBERS_TARGET_MS} ms: ${verdict(open.median)}`,
      `Members tab filter (weibo · silent · "会员" · by comments, ${filtered.matched} matched): median ${filtered.median.toFixed(0)} ms of 3 — target ≤ ${MEMBERS_TARGET_MS} ms: ${verdict(filtered.median)}`,
    ],
  };
}
