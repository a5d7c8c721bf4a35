import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { openOnbrandDB } from '../../lib/db/schema';
import { createMemberHandlers } from '../../lib/community/members/handlers';
import type { Member } from '../../lib/community/members/member';
import { withSearchKeys } from '../../lib/community/members/search-keys';
import { PLATFORM_IDS } from '../../lib/platforms';

// The member book at scale (part of `npm run bench:records`): 100,000 members over two years in fake-indexeddb,
// then the Members tab's request exactly as the tab sends it and the background answers it (retention check,
// thresholds, the segment counts by index count() and the first page of 200 rows). Target: opening (no filter)
// and filtering each ≤ 300 ms. Further rows are shown as figures: one segment, a name-prefix search, and the
// windowed table's third page.

const DAY = 86_400_000;
export const NOW = Date.UTC(2025, 5, 30, 12);
export const MEMBERS_TARGET_MS = 300;

export function members(count: number): Member[] {
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

export async function benchMembers(
  count = 100_000,
  print: (line: string) => void = () => undefined,
): Promise<{ ok: boolean; lines: string[] }> {
  const lines: string[] = [];
  const say = (line: string) => (lines.push(line), print(line));
  const db = await openOnbrandDB(`bench-members-${Date.now()}`);
  const seedStart = performance.now();
  const tx = db.transaction('members', 'readwrite');
  for (const member of members(count)) void tx.store.put(withSearchKeys(member));
  await tx.done;
  const seedMs = performance.now() - seedStart;
  say(
    `member book: seeded ${count.toLocaleString('en')} members in ${(seedMs / 1000).toFixed(1)} s (fake-indexeddb)`,
  );
  const area = { get: async () => ({}), set: async () => undefined };
  const handlers = createMemberHandlers(
    async () => db,
    area,
    () => NOW,
  );
  const time = async (query: Parameters<(typeof handlers)['community.members']>[0], times = 5) => {
    const runs: number[] = [];
    let matched = 0;
    let rows = 0;
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      const page = await handlers['community.members']({ limit: 200, ...query }, {});
      runs.push(performance.now() - start);
      matched = page.matched;
      rows = page.rows.length;
    }
    return { median: runs.sort((a, b) => a - b)[Math.floor(times / 2)], matched, rows, times };
  };
  const verdict = (ms: number) => (ms <= MEMBERS_TARGET_MS ? 'PASS' : 'FAIL');
  const line = (label: string, r: Awaited<ReturnType<typeof time>>) =>
    `${label} (${r.matched.toLocaleString('en')} matched, ${r.rows} rows + 4 segment counts): median ${r.median.toFixed(0)} ms of ${r.times}`;
  await time({}, 1); // warm-up (JIT)
  const open = await time({});
  say(`${line('Members tab open', open)} — target ≤ ${MEMBERS_TARGET_MS} ms: ${verdict(open.median)}`);
  const filtered = await time({ segment: 'silent', platform: 'weibo', search: '会员', sort: 'comments' });
  say(
    `${line('Members tab filter weibo · silent · "会员" · by comments', filtered)} — target ≤ ${MEMBERS_TARGET_MS} ms: ${verdict(filtered.median)}`,
  );
  say(`  figure: ${line('one segment (silent), by last seen', await time({ segment: 'silent' }, 3))}`);
  say(
    `  figure: ${line('one segment (churned), by comments', await time({ segment: 'churned', sort: 'comments' }, 1))}`,
  );
  say(`  figure: ${line('search "会员1" (a name prefix)', await time({ search: '会员1' }, 1))}`);
  // fake-indexeddb's cursor.advance() grows worse than linearly (row 10,000 took 925 s on a loaded machine), so
  // only the third page is timed here; Chromium's native advance is not measured yet.
  say(`  figure: ${line('windowed table scrolled to row 400', await time({ offset: 400 }, 1))}`);
  db.close();
  return { ok: open.median <= MEMBERS_TARGET_MS && filtered.median <= MEMBERS_TARGET_MS, lines };
}
