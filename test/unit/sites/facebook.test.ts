// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebookAdapter as adapter } from '@/lib/sites/facebook';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('Facebook adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual(['home', 'post', 'post']);
    expect(adapter.pageKind(new URL('https://www.facebook.com/messages/t/1'))).toBeNull();
  });

  it('matches the Create post dialog as a post with its Post button', () => {
    const doc = loadSnapshot('facebook-home');
    const editable = editorIn(doc, 'composer');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(box, editable)?.getAttribute('aria-label')).toBe('Post');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(false);
    expect(adapter.threadContext(box, editable)).toBeNull();
  });

  it('matches the comment box with its Comment button, Enter submit and the post it answers', () => {
    const doc = loadSnapshot('facebook-home');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.id).toBe('focused-state-composer-submit');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(true);
    expect(adapter.isSubmitKey(keydown({ shiftKey: true }), box)).toBe(false);
    expect(adapter.threadContext(box, editable)).toEqual({
      author: 'Onbrand',
      url: 'https://www.facebook.com/onbrand/posts/1',
      text: 'Our spring collection is live! 🌸',
    });
  });

  it('treats a box inside a comment as a reply to that comment', () => {
    const doc = loadSnapshot('facebook-home');
    const comment = doc.querySelector('[aria-label^="Comment by Tom Becker"]')!;
    const form = append(
      comment,
      '<div><form><div contenteditable="true" role="textbox" aria-label="Reply to Tom Becker"></div></form><div aria-label="Comment" role="button">Comment</div></div>',
    );
    const editable = form.querySelector<HTMLElement>('[contenteditable]')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.submitControl(box, editable)?.parentElement).toBe(form);
    expect(adapter.threadContext(box, editable)).toEqual({
      author: 'Tom Becker',
      url: 'https://www.facebook.com/onbrand/posts/1?comment_id=102',
      text: 'Worst customer service ever, still waiting for a refund.',
    });
    // What the panels keep clear of: Tom's text, not the reply box inside his comment.
    const answered = adapter.answeredElement!(box, editable)!;
    expect(answered.textContent).toBe('Worst customer service ever, still waiting for a refund.');
    expect(answered.contains(editable)).toBe(false);
  });

  it('ignores the search field and Messenger', () => {
    const doc = loadSnapshot('facebook-home');
    expect(
      adapter.matchBox(append(doc.body, '<input type="search" aria-label="Search Facebook">')),
    ).toBeNull();
    expect(
      adapter.matchBox(
        append(doc.body, '<div contenteditable="true" role="textbox" aria-label="Message"></div>'),
      ),
    ).toBeNull();
  });

  it('confirms a comment once it shows in the thread', () => {
    const doc = loadSnapshot('facebook-home');
    const text = 'Ships to Spain in April!';
    editorIn(doc, 'comment').textContent = text;
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.querySelector('.comments')!,
      `<div role="article" aria-label="Comment by Onbrand Just now"><a href="/onbrand" role="link"><span>Onbrand</span></a><div dir="auto"><div>${text}</div></div></div>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });
});
