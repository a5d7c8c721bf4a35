// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from '@/lib/sites/linkedin';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('LinkedIn adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'home',
      'post',
      'profile',
    ]);
    expect(adapter.pageKind(new URL('https://www.linkedin.com/messaging/'))).toBeNull();
  });

  it('matches the share modal as a post with its Post button', () => {
    const doc = loadSnapshot('linkedin-feed');
    const editable = editorIn(doc, 'share');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(box, editable)?.classList.contains('share-actions__primary-action')).toBe(
      true,
    );
    expect(adapter.isSubmitKey(keydown({ ctrlKey: true }), box)).toBe(false);
  });

  it('matches the comment box with its Comment button and reads the update it answers', () => {
    const doc = loadSnapshot('linkedin-feed');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('Comment');
    const urn = doc.querySelector('.feed-shared-update-v2')!.getAttribute('data-urn');
    expect(adapter.threadContext(box, editable)).toEqual({
      author: 'Onbrand',
      url: `https://www.linkedin.com/feed/update/${urn}/`,
      text: 'We are hiring community managers in Berlin and Shanghai.',
    });
  });

  it('treats a box inside a comment as a reply with the comment time', () => {
    const doc = loadSnapshot('linkedin-feed');
    const comment = doc.querySelector('.comments-comment-entity')!;
    const replyBox = append(
      comment,
      '<div class="comments-comment-box"><form class="comments-comment-box__form"><div class="ql-container"><div class="ql-editor" contenteditable="true"></div></div><button class="comments-comment-box__submit-button" type="submit">Reply</button></form></div>',
    );
    const editable = replyBox.querySelector<HTMLElement>('.ql-editor')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.submitControl(box, editable)?.textContent).toBe('Reply');
    expect(adapter.threadContext(box, editable)).toMatchObject({
      author: 'Priya Nair',
      at: Date.parse('2025-03-01T09:00:00.000Z'),
      text: 'Is this role remote-friendly?',
    });
    const answered = adapter.answeredElement!(box, editable)!;
    expect(answered.textContent).toBe('Is this role remote-friendly?');
    expect(answered.contains(editable)).toBe(false);
  });

  it('ignores the search field', () => {
    const doc = loadSnapshot('linkedin-feed');
    expect(
      adapter.matchBox(
        append(doc.body, '<input class="search-global-typeahead__input" placeholder="Search">'),
      ),
    ).toBeNull();
  });

  it('confirms a comment once it shows under the update', () => {
    const doc = loadSnapshot('linkedin-feed');
    const text = 'Yes, fully remote in the EU.';
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.querySelector('.comments-comments-list')!,
      `<article class="comments-comment-entity"><div class="comments-comment-item__main-content"><span>${text}</span></div></article>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('reads the social counts of an update page', () => {
    const doc = loadSnapshot('linkedin-feed');
    const update = doc.querySelector('.feed-shared-update-v2')!;
    update.setAttribute('data-urn', 'urn:li:activity:7000000000000000000');
    append(
      update,
      '<ul class="social-details-social-counts"><li><span class="social-details-social-counts__reactions-count">87</span></li><li><button class="social-details-social-counts__comments" aria-label="14 comments">14 comments</button></li></ul>',
    );
    expect(adapter.engagement!(doc, new URL(adapter.testUrls[1]))).toEqual({
      postId: 'urn:li:activity:7000000000000000000',
      counts: { likes: 87, replies: 14 },
    });
  });

  it('confirms a share-box post on the SDUI feed once its listitem shows the text', () => {
    const doc = loadSnapshot('linkedin-sdui');
    const editable = editorIn(doc, 'share');
    expect(adapter.matchBox(editable)).toMatchObject({ role: 'post', field: 'body' });
    const text = 'We are hiring in Lisbon';
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(doc.body, `<div role="listitem"><span data-testid="expandable-text-box">${text}</span></div>`);
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });
});
