// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { xiaohongshuAdapter as adapter } from '@/lib/sites/xiaohongshu';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('Xiaohongshu adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'post',
      'creator-publish',
      'home',
    ]);
    expect(adapter.pageKind(new URL('https://creator.xiaohongshu.com/statistics'))).toBeNull();
  });

  it('matches the note comment box with 发送 and reads the note', () => {
    const doc = loadSnapshot('xiaohongshu-note');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('发送');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(false);
    expect(adapter.threadContext(box, editable)).toMatchObject({
      author: 'Onbrand',
      text: '春日穿搭分享\n新品上线，欢迎评论区交流～',
    });
    expect(adapter.answeredElement!(box, editable)?.id).toBe('detail-desc');
  });

  it("answers the comment whose 回复 the person clicked: the panels keep clear of that comment's text", () => {
    const doc = loadSnapshot('xiaohongshu-note');
    const item = doc.querySelector('.comment-item')!;
    item
      .querySelector('.right')!
      .insertAdjacentHTML(
        'beforeend',
        '<div class="interactions"><div class="reply"><span>回复</span></div></div>',
      );
    expect(adapter.replyTarget!(item.querySelector('.reply span')!)).toBe(item);
    expect(adapter.replyTarget!(item.querySelector('.content')!)).toBeNull();
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(adapter.answeredElement!(box, editable, item)).toBe(item.querySelector('.content'));
    expect(adapter.answeredElement!(box, editable, null)?.id).toBe('detail-desc');
  });

  it('tells the creator title from the body, both published by 发布', () => {
    const doc = loadSnapshot('xiaohongshu-creator');
    const title = editorIn(doc, 'title');
    const body = editorIn(doc, 'body');
    const titleBox = adapter.matchBox(title)!;
    const bodyBox = adapter.matchBox(body)!;
    expect(titleBox).toMatchObject({ role: 'post', field: 'title' });
    expect(bodyBox).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(titleBox, title)?.textContent).toBe('发布');
    expect(adapter.submitControl(bodyBox, body)).toBe(adapter.submitControl(titleBox, title));
  });

  it('ignores the search field', () => {
    const doc = loadSnapshot('xiaohongshu-note');
    expect(
      adapter.matchBox(append(doc.body, '<input id="search-input" type="text" placeholder="搜索小红书">')),
    ).toBeNull();
  });

  it('confirms a comment once it is listed, and a note once it is published', () => {
    const doc = loadSnapshot('xiaohongshu-note');
    const text = '链接在主页置顶～';
    editorIn(doc, 'comment').textContent = text;
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.querySelector('.list-container')!,
      `<div class="parent-comment"><div class="comment-item"><div class="content"><span class="note-text"><span>${text}</span></span></div></div></div>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
    const creator = loadSnapshot('xiaohongshu-creator');
    expect(adapter.confirmsPublish('正文', creator)).toBe(false);
    append(
      creator.getElementById('published')!,
      '<div class="note-item"><div class="title">标题</div><div class="desc"><p>正文</p></div></div>',
    );
    expect(adapter.confirmsPublish('正文', creator)).toBe(true);
  });

  it('reads the engage bar counts', () => {
    const doc = loadSnapshot('xiaohongshu-note');
    append(
      doc.getElementById('engage-bar')!,
      '<div class="buttons"><span class="like-wrapper"><span class="count">1.2万</span></span><span class="collect-wrapper"><span class="count">3456</span></span><span class="chat-wrapper"><span class="count">78</span></span></div>',
    );
    expect(adapter.engagement!(doc, new URL(adapter.testUrls[0]))).toEqual({
      postId: 'abc',
      counts: { likes: 12000, favourites: 3456, replies: 78 },
    });
  });
});
