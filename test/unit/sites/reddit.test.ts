// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { redditAdapter as adapter } from '@/lib/sites/reddit';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('Reddit adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'post',
      'compose',
      'home',
      'post',
    ]);
    expect(adapter.pageKind(new URL('https://www.reddit.com/settings/'))).toBeNull();
  });

  it('matches the comment composer with its Comment button and reads the post', () => {
    const doc = loadSnapshot('reddit-post');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.getAttribute('slot')).toBe('submit-button');
    expect(adapter.isSubmitKey(keydown({ ctrlKey: true }), box)).toBe(true);
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(false);
    expect(adapter.threadContext(box, editable)).toEqual({
      author: 'onbrand',
      at: Date.parse('2025-03-01T08:00:00.000Z'),
      url: 'https://www.reddit.com/r/onbrand/comments/abc123/hello/',
      text: 'hello\nAsk us anything about the new release.',
    });
  });

  it('treats a composer inside a comment as a reply to it', () => {
    const doc = loadSnapshot('reddit-post');
    const comment = doc.querySelector('shreddit-comment[author="throwaway_42"]')!;
    const composer = append(
      comment,
      '<shreddit-composer><div contenteditable="true" slot="rte" role="textbox"></div><button slot="submit-button" type="submit">Reply</button></shreddit-composer>',
    );
    const editable = composer.querySelector<HTMLElement>('[contenteditable]')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.submitControl(box, editable)?.textContent).toBe('Reply');
    expect(adapter.threadContext(box, editable)).toEqual({
      author: 'throwaway_42',
      at: Date.parse('2025-03-01T09:00:00.000Z'),
      url: 'https://www.reddit.com/r/onbrand/comments/abc123/comment/c1/',
      text: 'Why is the app so slow lately? Honestly garbage.',
    });
  });

  it('matches the submit page title and body', () => {
    const doc = loadSnapshot('reddit-submit');
    const titleHost = doc.querySelector('faceplate-textarea-input')!;
    const title = titleHost.attachShadow({ mode: 'open' });
    title.innerHTML = '<textarea name="title"></textarea>';
    const titleBox = adapter.matchBox(title.querySelector('textarea') as HTMLElement)!;
    expect(titleBox).toMatchObject({ role: 'post', field: 'title' });
    const body = doc.querySelector<HTMLElement>('[slot="rte"]')!;
    const bodyBox = adapter.matchBox(body)!;
    expect(bodyBox).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(bodyBox, body)?.id).toBe('inner-post-submit-button');
    expect(adapter.isSubmitKey(keydown({ ctrlKey: true }), bodyBox)).toBe(false);
  });

  it('matches old Reddit comment forms and ignores the search field', () => {
    const doc = loadSnapshot('reddit-old');
    const textarea = doc.querySelector<HTMLElement>('textarea[name="text"]')!;
    const box = adapter.matchBox(textarea)!;
    expect(box.role).toBe('comment');
    expect(adapter.submitControl(box, textarea)?.textContent).toBe('save');
    expect(
      adapter.matchBox(append(doc.body, '<input type="search" name="q" placeholder="Search Reddit">')),
    ).toBeNull();
  });

  it('confirms a comment once it shows in the tree', () => {
    const doc = loadSnapshot('reddit-post');
    const text = 'Sorry about that!\nA fix ships this week.';
    editorIn(doc, 'comment').textContent = text;
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.getElementById('comment-tree')!,
      '<shreddit-comment author="onbrand"><div slot="comment"><p>Sorry about that!</p><p>A fix ships this week.</p></div></shreddit-comment>',
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('reads score and comment count from the post', () => {
    const doc = loadSnapshot('reddit-post');
    const post = doc.querySelector('shreddit-post')!;
    post.setAttribute('score', '1534');
    post.setAttribute('comment-count', '87');
    expect(adapter.engagement!(doc, new URL(adapter.testUrls[0]))).toEqual({
      postId: 'abc123',
      counts: { likes: 1534, replies: 87 },
    });
  });
});
