import { signal } from '@preact/signals-react';
import type { PlatformId } from '../platforms';

// The commenters of the thread the reply queue tracks on this page, by comment element: what the member card
// (components/overlay/MemberCard.tsx) looks a hovered or focused name up in. The scan (thread-scan.ts) adds and
// removes one comment at a time; nothing here reads the page. `watched` is false on pages without a tracked
// thread, so the card listens to no pointer or focus event there.

export interface Commenter {
  platform: PlatformId;
  author: string;
}

const book = new Map<Element, Commenter>();

/** Whether any comment is tracked on this page (the card's listeners exist only then). */
export const commentersWatched = signal(false);

export const threadCommenters = {
  get: (element: Element): Commenter | undefined => book.get(element),
  set(element: Element, commenter: Commenter): void {
    book.set(element, commenter);
    if (!commentersWatched.peek()) commentersWatched.value = true;
  },
  delete(element: Element): void {
    if (book.delete(element) && book.size === 0) commentersWatched.value = false;
  },
  clear(): void {
    book.clear();
    commentersWatched.value = false;
  },
};

const plain = (text: string | null | undefined) =>
  (text ?? '').replace(/\s+/g, ' ').trim().replace(/^@/, '').toLowerCase();

const ELEMENT_NODE = 1;

/**
 * The commenter whose name is under the pointer or focus: walking the event's composed path outwards (through
 * open shadow roots, e.g. Bilibili's) to the first tracked comment, the name is the link on the way whose text
 * is the comment's author (an "@" and spacing aside), or the outermost such element — so hovering the
 * comment's text opens nothing.
 */
export function commenterAt(
  path: readonly EventTarget[],
): { name: Element; comment: Element; commenter: Commenter } | null {
  const inner: Element[] = [];
  for (const target of path) {
    if ((target as Node).nodeType !== ELEMENT_NODE) continue;
    const element = target as Element;
    const commenter = book.get(element);
    if (commenter) {
      const author = plain(commenter.author);
      if (!author) return null;
      const named = inner.filter((candidate) => plain(candidate.textContent) === author);
      // The name's link (what focus lands on) when there is one; else the outermost element holding only the name.
      const name = named.find((candidate) => candidate.tagName === 'A') ?? named.at(-1);
      return name ? { name, comment: element, commenter } : null;
    }
    inner.push(element);
    // A name is a few nodes deep at most; a long path means the pointer is in the comment's body.
    if (inner.length > 12) return null;
  }
  return null;
}
