// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/sites/youtube';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('YouTube adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'post',
      'post',
      'post',
      'creator-publish',
    ]);
    expect(adapter.pageKind(new URL('https://www.youtube.com/results?search_query=onbrand'))).toBeNull();
  });

  it('matches the comment box with its Comment button and reads the video', () => {
    const doc = loadSnapshot('youtube-watch');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    const control = adapter.submitControl(box, editable)!;
    expect(control.getAttribute('aria-label')).toBe('Comment');
    expect(control.closest('#submit-button')).not.toBeNull();
    expect(adapter.isSubmitKey(keydown({ ctrlKey: true }), box)).toBe(false);
    expect(adapter.threadContext(box, editable)).toMatchObject({
      url: 'https://www.youtube.com/watch?v=demo',
      text: 'Onbrand v2 launch',
    });
  });

  it('treats a box inside a comment thread as a reply to that comment', () => {
    const doc = loadSnapshot('youtube-watch');
    const thread = doc.querySelectorAll('ytd-comment-thread-renderer')[1];
    const replyBox = append(
      thread,
      '<ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div><ytd-button-renderer id="submit-button"><button aria-label="Reply">Reply</button></ytd-button-renderer></ytd-commentbox>',
    );
    const editable = replyBox.querySelector<HTMLElement>('#contenteditable-root')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.submitControl(box, editable)?.textContent).toBe('Reply');
    expect(adapter.threadContext(box, editable)).toEqual({
      author: '@grumpycat',
      url: 'https://www.youtube.com/watch?v=demo&lc=Ugx2',
      text: 'Another useless update. Unsubscribed.',
    });
  });

  it('matches Studio title and description, and ignores the search field', () => {
    const doc = loadSnapshot('youtube-studio');
    const [title, description] = doc.querySelectorAll<HTMLElement>('#textbox');
    expect(adapter.matchBox(title)).toMatchObject({ role: 'post', field: 'title' });
    const box = adapter.matchBox(description)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(box, description)?.id).toBe('done-button');
    const watch = loadSnapshot('youtube-watch');
    expect(
      adapter.matchBox(append(watch.body, '<input id="search" name="search_query" placeholder="Search">')),
    ).toBeNull();
  });

  it('confirms a comment once it shows in the thread list', () => {
    const doc = loadSnapshot('youtube-watch');
    const text = 'Thanks for watching!';
    editorIn(doc, 'comment').textContent = text;
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    doc
      .getElementById('contents')!
      .prepend(
        doc
          .createRange()
          .createContextualFragment(
            `<ytd-comment-thread-renderer><ytd-comment-view-model><yt-attributed-string id="content-text"><span>${text}</span></yt-attributed-string></ytd-comment-view-model></ytd-comment-thread-renderer>`,
          ),
      );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('reads likes, views and the comment count', () => {
    const doc = loadSnapshot('youtube-watch');
    const watch = doc.querySelector('ytd-watch-flexy')!;
    append(
      watch,
      '<like-button-view-model><button aria-label="like this video along with 1,204 other people">1.2K</button></like-button-view-model>',
    );
    append(
      watch,
      '<ytd-watch-info-text><div id="info"><span>34K views</span><span>3 days ago</span></div></ytd-watch-info-text>',
    );
    append(
      doc.querySelector('ytd-comments-header-renderer')!,
      '<div id="count"><yt-formatted-string class="count-text"><span>2</span><span> Comments</span></yt-formatted-string></div>',
    );
    expect(adapter.engagement!(doc, new URL(adapter.testUrls[0]))).toEqual({
      postId: 'demo',
      counts: { likes: 1204, views: 34000, replies: 2 },
    });
  });
});
