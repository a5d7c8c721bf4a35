// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commenterAt, commentersWatched, threadCommenters } from '@/lib/community/commenters';
import { CARD_CACHE_MS, memberCardLoader } from '@/lib/community/member-card';

// The member card's lookups: which commenter a hovered name belongs to, and one message per commenter per 30 s.

const pathOf = (element: Element): Element[] => {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) path.push(node);
  return path;
};

afterEach(() => threadCommenters.clear());

describe('commenterAt', () => {
  it('finds the name of a tracked comment, not its text, and nothing outside a tracked thread', () => {
    document.body.innerHTML = `
      <div class="comment"><div class="text"><a id="name" href="/u/1"><span id="inner"> 小李 </span></a>：<span id="body">好看</span></div></div>
      <div class="comment" id="other"><a id="other-name">@Ann</a></div>`;
    const comment = document.querySelector('.comment')!;
    expect(commentersWatched.value).toBe(false);
    threadCommenters.set(comment, { platform: 'weibo', author: '小李' });
    expect(commentersWatched.value).toBe(true);
    const found = commenterAt(pathOf(document.getElementById('inner')!));
    expect(found?.name.id).toBe('name');
    expect(found?.commenter).toEqual({ platform: 'weibo', author: '小李' });
    expect(commenterAt(pathOf(document.getElementById('body')!))).toBeNull();
    // The second comment is not tracked (the brand's own, or not scanned): no card.
    expect(commenterAt(pathOf(document.getElementById('other-name')!))).toBeNull();
    threadCommenters.set(document.getElementById('other')!, { platform: 'x', author: 'ann' });
    expect(commenterAt(pathOf(document.getElementById('other-name')!))?.name.id).toBe('other-name');
    threadCommenters.delete(comment);
    expect(commentersWatched.value).toBe(true);
    threadCommenters.delete(document.getElementById('other')!);
    expect(commentersWatched.value).toBe(false);
  });
});

describe('memberCardLoader', () => {
  it('asks once per commenter within 30 s, again after, and again after a failure', async () => {
    let now = 0;
    const ask = vi.fn(async ({ handle }: { handle: string }) => {
      if (handle === 'down') throw new Error('worker restarting');
      return null;
    });
    const load = memberCardLoader(ask, () => now);
    await load('weibo', '小李');
    await load('weibo', '小李');
    await load('x', '小李');
    expect(ask).toHaveBeenCalledTimes(2);
    now = CARD_CACHE_MS + 1;
    await load('weibo', '小李');
    expect(ask).toHaveBeenCalledTimes(3);
    await expect(load('weibo', 'down')).rejects.toThrow();
    await expect(load('weibo', 'down')).rejects.toThrow();
    expect(ask).toHaveBeenCalledTimes(5);
  });
});
