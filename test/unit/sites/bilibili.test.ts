// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bilibiliAdapter as adapter } from '@/lib/sites/bilibili';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('Bilibili adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'post',
      'creator-publish',
      'home',
    ]);
    expect(adapter.pageKind(new URL('https://member.bilibili.com/platform/data'))).toBeNull();
  });

  it('matches the comment textarea with 发布 and reads the video', () => {
    const doc = loadSnapshot('bilibili-video');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('发布');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(false);
    expect(adapter.threadContext(box, editable)).toMatchObject({ text: 'Onbrand 新品发布会' });
  });

  it('treats a box inside a reply item as a reply to it', () => {
    const doc = loadSnapshot('bilibili-video');
    const item = doc.querySelectorAll('.reply-item')[1];
    const replyBox = append(
      item,
      '<div class="reply-box"><div class="reply-box-warp"><textarea class="reply-box-textarea"></textarea></div><div class="reply-box-send">发布</div></div>',
    );
    const editable = replyBox.querySelector<HTMLElement>('textarea')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.threadContext(box, editable)).toEqual({
      author: '硬核评测',
      at: new Date(2025, 2, 2, 9, 30).getTime(),
      url: 'https://space.bilibili.com/10002',
      text: '恰饭视频，取关了',
    });
  });

  it('finds the box and its 发布 button inside the newer shadow-DOM comment area', () => {
    const doc = loadSnapshot('bilibili-video-v2');
    const commentBox = doc.querySelector('bili-comments')!.attachShadow({ mode: 'open' });
    commentBox.innerHTML = '<bili-comment-box></bili-comment-box>';
    const inner = commentBox.querySelector('bili-comment-box')!.attachShadow({ mode: 'open' });
    inner.innerHTML =
      '<div id="comment-area"><div class="brt-editor" contenteditable="true"></div></div><div id="footer"><div id="pub"><button>发布</button></div></div>';
    const editable = inner.querySelector<HTMLElement>('.brt-editor')!;
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('发布');
  });

  it('tells the upload title from the description, and ignores the tag input', () => {
    const doc = loadSnapshot('bilibili-upload');
    const title = doc.querySelector<HTMLElement>('input[placeholder="请输入稿件标题"]')!;
    const desc = doc.querySelector<HTMLElement>('.ql-editor')!;
    expect(adapter.matchBox(title)).toMatchObject({ role: 'post', field: 'title' });
    const box = adapter.matchBox(desc)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(box, desc)?.textContent).toBe('立即投稿');
    expect(adapter.matchBox(doc.querySelector<HTMLElement>('input[placeholder^="按回车键"]')!)).toBeNull();
  });

  it('confirms a comment once it is listed', () => {
    const doc = loadSnapshot('bilibili-video');
    const text = '感谢三连！';
    editorIn(doc, 'comment').textContent = text;
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.getElementById('reply-list')!,
      `<div class="reply-item"><span class="reply-content">${text}</span></div>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('reads the toolbar counts', () => {
    const doc = loadSnapshot('bilibili-video');
    append(
      doc.querySelector('.video-info-container')!,
      '<div><span class="view-text">12.3万</span><div class="video-toolbar-left"><span class="video-like-info">4567</span><span class="video-coin-info">890</span><span class="video-fav-info">1.1万</span><span class="video-share-info-text">321</span></div></div>',
    );
    append(doc.querySelector('.reply-navigation')!, '<span class="total-reply">2</span>');
    expect(adapter.engagement!(doc, new URL(adapter.testUrls[0]))).toEqual({
      postId: 'BV1demo',
      counts: { likes: 4567, favourites: 11000, reposts: 321, views: 123000, replies: 2 },
    });
  });
});
