import type { PlatformId } from '../platforms';
import type { MemberRow } from './members/query';

// The in-page member card's data: one `community.members.card` message per commenter hovered, kept 30 s, so
// moving the pointer back and forth over a thread costs no new message (and two hovers of one name, one).

export const CARD_CACHE_MS = 30_000;

type Ask = (request: { platform: PlatformId; handle: string }) => Promise<MemberRow | null>;

export function memberCardLoader(ask: Ask, now: () => number = Date.now) {
  const cache = new Map<string, { at: number; answer: Promise<MemberRow | null> }>();
  return (platform: PlatformId, handle: string): Promise<MemberRow | null> => {
    const key = `${platform}\n${handle}`;
    const kept = cache.get(key);
    if (kept && now() - kept.at < CARD_CACHE_MS) return kept.answer;
    const answer = ask({ platform, handle: handle.slice(0, 200) });
    cache.set(key, { at: now(), answer });
    // A failed ask (a restarting worker) is not kept.
    answer.catch(() => cache.delete(key));
    if (cache.size > 200) cache.delete(cache.keys().next().value!);
    return answer;
  };
}
