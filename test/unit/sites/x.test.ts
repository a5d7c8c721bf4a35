// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { xAdapter as adapter } from '@/lib/sites/x';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

const tweet = (handle: string, id: string, text: string) =>
  `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article"><div data-testid="User-Name"><div><a href="/${handle}"><span>${handle}</span></a></div><div><a href="/${handle}"><span>@${handle}</span></a><a href="/${handle}/status/${id}"><time datetime="2025-03-03T10:00:00.000Z">now</time></a></div></div><div data-testid="tweetText">${text
    .split('\n')
    .map((line) => `<span>${line}</span>`)
    .join('')}</div></article></div>`;

describe('X adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'home',
      'compose',
      'post',
      'home',
    ]);
    expect(adapter.pageKind(new URL('https://x.com/onbrand'))).toBe('profile');
    expect(adapter.pageKind(new URL('https://x.com/messages/123'))).toBeNull();
  });

  it('matches the home composer as a post with its inline Post button', () => {
    const doc = loadSnapshot('x-home');
    const editable = editorIn(doc, 'compose');
    const box = adapter.matchBox(editable);
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    const control = adapter.submitControl(box!, editable);
    expect(control?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(control?.textContent).toBe('Post');
    expect(box!.container.contains(editable) && box!.container.contains(control)).toBe(true);
    expect(adapter.threadContext(box!, editable)).toBeNull();
  });

  it('ignores the search field', () => {
    const doc = loadSnapshot('x-home');
    const search = append(
      doc.body,
      '<input data-testid="SearchBox_Search_Input" placeholder="Search" role="combobox">',
    );
    expect(adapter.matchBox(search)).toBeNull();
  });

  it('matches the status page box as a reply and reads the focal post', () => {
    const doc = loadSnapshot('x-status');
    const editable = editorIn(doc, 'reply');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'reply', field: 'body' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('Reply');
    expect(adapter.threadContext(box, editable)).toEqual({
      author: '@onbrand',
      at: Date.parse('2025-03-01T08:00:00.000Z'),
      url: 'https://x.com/onbrand/status/1',
      text: 'We just shipped v2 🎉',
    });
  });

  it('answers the post shown in the reply dialog', () => {
    const doc = loadSnapshot('x-home');
    const dialog = append(
      doc.body,
      `<div role="dialog">${tweet('alice', '11', 'Anyone tried it?')}<div class="row"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div><button data-testid="tweetButton">Reply</button></div></div>`,
    );
    const editable = dialog.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.submitControl(box, editable)?.getAttribute('data-testid')).toBe('tweetButton');
    expect(adapter.threadContext(box, editable)).toMatchObject({
      author: '@alice',
      url: 'https://x.com/alice/status/11',
      text: 'Anyone tried it?',
    });
  });

  it('submits on Ctrl/Cmd+Enter only', () => {
    const box = adapter.matchBox(editorIn(loadSnapshot('x-home'), 'compose'))!;
    expect(adapter.isSubmitKey(keydown({ ctrlKey: true }), box)).toBe(true);
    expect(adapter.isSubmitKey(keydown({ metaKey: true }), box)).toBe(true);
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(false);
  });

  it('confirms a publish once the new post with the text is in the timeline', () => {
    const doc = loadSnapshot('x-status');
    const text = 'Thanks Alice!\nWe are on it.';
    editorIn(doc, 'reply').textContent = text; // text still in the editor does not count
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    doc
      .getElementById('replies')!
      .prepend(doc.createRange().createContextualFragment(tweet('onbrand', '1000', text)));
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('confirms a publish from the "Your post was sent" toast', () => {
    const doc = loadSnapshot('x-home');
    expect(adapter.confirmsPublish('hello', doc)).toBe(false);
    append(
      doc.body,
      '<div data-testid="toast" role="alert">Your post was sent. <a href="/onbrand/status/9">View</a></div>',
    );
    expect(adapter.confirmsPublish('hello', doc)).toBe(true);
  });

  it('reads the focal post counts on a status page', () => {
    const doc = loadSnapshot('x-status');
    const focal = doc.querySelector('#focal article')!;
    focal.querySelector('[data-testid="reply"]')!.setAttribute('aria-label', '12 Replies. Reply');
    focal.querySelector('[data-testid="like"]')!.setAttribute('aria-label', '1,234 Likes. Like');
    append(
      focal.querySelector('[role="group"]')!,
      '<button data-testid="retweet" aria-label="56 reposts. Repost">56</button>',
    );
    append(
      focal.querySelector('[role="group"]')!,
      '<a href="/onbrand/status/1/analytics" aria-label="12.5K views. View post analytics">12.5K</a>',
    );
    expect(adapter.engagement!(doc, new URL('https://x.com/onbrand/status/1'))).toEqual({
      postId: '1',
      counts: { replies: 12, reposts: 56, likes: 1234, views: 12500 },
    });
    expect(adapter.engagement!(doc, new URL('https://x.com/home'))).toBeNull();
  });

  it('looks for the conversation over the whole page again only when the list found last is gone', () => {
    const doc = loadSnapshot('x-status');
    const replies = doc.getElementById('replies')!;
    expect(adapter.commentsIn!([replies.lastElementChild!], doc)).toHaveLength(1);
    const queries: string[] = [];
    const query = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((selector: string) => (queries.push(selector), query(selector))) as typeof query;
    const added = append(replies, tweet('dana', '5', 'Where can I read the changelog?'));
    expect(adapter.commentsIn!([added], doc)).toEqual([added.querySelector('article')]);
    expect(queries.filter((selector) => selector.includes('Timeline: Conversation'))).toEqual([]);
    // X renders the conversation anew (a new list element): the next change finds the new list.
    const list = query('[aria-label^="Timeline: Conversation"]')[0]!;
    const rendered = list.cloneNode(true) as Element;
    list.replaceWith(rendered);
    const again = append(rendered.querySelector('#replies')!, tweet('erin', '6', 'Nice'));
    expect(adapter.commentsIn!([again], doc)).toEqual([again.querySelector('article')]);
    expect(queries.filter((selector) => selector.includes('Timeline: Conversation'))).toHaveLength(1);
    expect(adapter.comments!(doc)).toHaveLength(5);
  });
});
