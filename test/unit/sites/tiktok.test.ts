// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { tiktokAdapter as adapter } from '@/lib/sites/tiktok';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('TikTok adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'post',
      'creator-publish',
      'profile',
    ]);
    expect(adapter.pageKind(new URL('https://www.tiktok.com/search?q=onbrand'))).toBeNull();
  });

  it('matches the comment input with its Post control and Enter submit', () => {
    const doc = loadSnapshot('tiktok-video');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.getAttribute('data-e2e')).toBe('comment-post');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(true);
    expect(adapter.isSubmitKey(keydown({ shiftKey: true }), box)).toBe(false);
    expect(adapter.threadContext(box, editable)).toMatchObject({
      text: 'Behind the scenes of our spring shoot #bts',
    });
  });

  it('treats an input inside a comment as a reply to it', () => {
    const doc = loadSnapshot('tiktok-video');
    const item = doc.querySelectorAll('.DivCommentItemContainer')[1];
    const reply = append(
      item,
      '<div><div data-e2e="comment-input"><div contenteditable="true"></div></div><div data-e2e="comment-post" role="button">Post</div></div>',
    );
    const editable = reply.querySelector<HTMLElement>('[contenteditable]')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.submitControl(box, editable)?.parentElement).toBe(reply);
    expect(adapter.threadContext(box, editable)).toEqual({
      author: 'troll',
      url: 'https://www.tiktok.com/@troll_99',
      text: 'cringe lol',
    });
  });

  it("treats a box in a drawer thread's DivReplyContainer as a reply to that thread's comment", () => {
    const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
    doc.body.innerHTML = `<div class="css-1-DivCommentObjectWrapper"><div class="css-2-DivCommentItemWrapper">
        <a href="/@dancequeen" data-e2e="comment-username-1"><p>Dance Queen</p></a>
        <span data-e2e="comment-level-1"><p>Where is the jacket from??</p></span>
        <p role="button" data-e2e="comment-reply-1">Reply</p></div>
      <div class="css-3-DivReplyContainer"><div><div data-e2e="comment-input"><div contenteditable="true"></div></div>
        <div data-e2e="comment-post" role="button">Post</div></div></div></div>`;
    const editable = doc.querySelector<HTMLElement>('[contenteditable]')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.threadContext(box, editable)).toEqual({
      author: 'Dance Queen',
      url: 'https://www.tiktok.com/@dancequeen',
      text: 'Where is the jacket from??',
    });
  });

  it('matches the Studio caption with its Post button and ignores other inputs', () => {
    const doc = loadSnapshot('tiktok-studio');
    const caption = doc.querySelector<HTMLElement>('.public-DraftEditor-content')!;
    const box = adapter.matchBox(caption)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(box, caption)?.getAttribute('data-e2e')).toBe('post_video_button');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(false);
    expect(adapter.matchBox(doc.querySelector<HTMLElement>('.search-friends')!)).toBeNull();
  });

  it('confirms a comment once it is listed', () => {
    const doc = loadSnapshot('tiktok-video');
    const text = 'From our spring line 💚';
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.getElementById('comment-list')!,
      `<div class="DivCommentItemContainer"><p data-e2e="comment-level-1"><span>${text}</span></p></div>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('reads the action bar counts', () => {
    const doc = loadSnapshot('tiktok-video');
    append(
      doc.getElementById('app')!,
      '<div><strong data-e2e="like-count">12.3K</strong><strong data-e2e="comment-count">456</strong><strong data-e2e="undefined-count">789</strong><strong data-e2e="share-count">1.1M</strong></div>',
    );
    expect(adapter.engagement!(doc, new URL(adapter.testUrls[0]))).toEqual({
      postId: '1',
      counts: { likes: 12300, replies: 456, favourites: 789, reposts: 1100000 },
    });
  });
});
