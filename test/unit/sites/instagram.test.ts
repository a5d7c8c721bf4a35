// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { instagramAdapter as adapter } from '@/lib/sites/instagram';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('Instagram adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'home',
      'post',
      'post',
      'compose',
    ]);
    expect(adapter.pageKind(new URL('https://www.instagram.com/direct/inbox/'))).toBeNull();
  });

  it('matches the comment textarea with its Post control and Enter submit', () => {
    const doc = loadSnapshot('instagram-post');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('Post');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(true);
    expect(adapter.isSubmitKey(keydown({ shiftKey: true }), box)).toBe(false);
    expect(adapter.threadContext(box, editable)).toMatchObject({
      author: 'onbrand',
      text: 'Spring is here 🌸 #newcollection',
    });
  });

  it('matches the new-post caption with its Share button, and not the location field', () => {
    const doc = loadSnapshot('instagram-create');
    const caption = doc.querySelector<HTMLElement>('[aria-label="Write a caption..."]')!;
    const box = adapter.matchBox(caption)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(box, caption)?.textContent).toBe('Share');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(false);
    expect(adapter.matchBox(doc.querySelector<HTMLElement>('input[aria-label="Add location"]')!)).toBeNull();
  });

  it('ignores the search field', () => {
    const doc = loadSnapshot('instagram-post');
    expect(
      adapter.matchBox(append(doc.body, '<input aria-label="Search input" placeholder="Search">')),
    ).toBeNull();
  });

  it('confirms a comment once it is listed', () => {
    const doc = loadSnapshot('instagram-post');
    const text = 'Thank you! 🌸';
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.getElementById('comments')!,
      `<li><div><h3><a href="/onbrand/">onbrand</a></h3><div><span dir="auto">${text}</span></div></div></li>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('reads the like count', () => {
    const doc = loadSnapshot('instagram-post');
    append(
      doc.getElementById('post')!,
      '<section><a href="/p/ABC123/liked_by/"><span>1,024</span> likes</a></section>',
    );
    expect(adapter.engagement!(doc, new URL('https://www.instagram.com/p/ABC123/'))).toEqual({
      postId: 'ABC123',
      counts: { likes: 1024 },
    });
  });
});
