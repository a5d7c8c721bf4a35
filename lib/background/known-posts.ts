import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';
import type { PlatformId } from '@/lib/platforms';

// Engagement snapshots count a post as the brand's own when the log shows the manager published it: a
// publish record (postKind 'post') on the same platform with the same post id, or made on the post's URL.

/** Same page regardless of `www.`, query, fragment and a trailing slash. */
export function samePostUrl(a: string, b: string): boolean {
  const key = (href: string) => {
    try {
      const url = new URL(href);
      return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`;
    } catch {
      return href;
    }
  };
  return key(a) === key(b);
}

export async function isKnownPublishedPost(
  db: IDBPDatabase<OnbrandDB>,
  query: { platform: PlatformId; postId: string; url: string },
): Promise<boolean> {
  const byId = await db.getAllFromIndex('records', 'postId', query.postId);
  if (byId.some((r) => r.kind === 'publish' && r.postKind === 'post' && r.platform === query.platform))
    return true;
  // Publish records read from the timeline (keyed [kind, at, id]): one key range, newest first, stops at a match.
  const range = IDBKeyRange.bound(['publish', -Infinity, ''], ['publish', Infinity, '\uffff']);
  for (
    let cursor = await db.transaction('timeline').store.openCursor(range, 'prev');
    cursor;
    cursor = await cursor.continue()
  ) {
    const r = cursor.value;
    if (
      r.kind === 'publish' &&
      r.postKind === 'post' &&
      r.platform === query.platform &&
      samePostUrl(r.url, query.url)
    )
      return true;
  }
  return false;
}
