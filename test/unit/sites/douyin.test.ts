// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { douyinAdapter as adapter } from '@/lib/sites/douyin';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('Douyin adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'post',
      'creator-publish',
      'profile',
    ]);
    expect(adapter.pageKind(new URL('https://creator.douyin.com/creator-micro/data-center'))).toBeNull();
  });

  it('matches the video comment input with 发送 and Enter, and reads the video', () => {
    const doc = loadSnapshot('douyin-video');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('发送');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(true);
    expect(adapter.isSubmitKey(keydown({ shiftKey: true }), box)).toBe(false);
    expect(adapter.threadContext(box, editable)).toMatchObject({
      at: new Date(2025, 2, 1, 8, 0).getTime(),
      text: '春季新品开箱 #开箱',
    });
  });

  it('treats an input inside a comment as a reply to it', () => {
    const doc = loadSnapshot('douyin-video');
    const item = doc.querySelectorAll('[data-e2e="comment-item"]')[1];
    const reply = append(
      item,
      '<div class="comment-input-container"><div contenteditable="true"></div><span class="commentInput-right-ct" role="button">发送</span></div>',
    );
    const editable = reply.querySelector<HTMLElement>('[contenteditable]')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.threadContext(box, editable)).toEqual({
      author: '理性消费',
      url: 'https://www.douyin.com/user/MS4wLjABAAAA2',
      text: '又是智商税吧',
    });
  });

  it('reads a reply to a comment in the 2026-09 list markup (unclassed text div after .comment-item-info-wrap)', () => {
    const doc = loadSnapshot('douyin-video');
    const item = append(
      doc.getElementById('comment-list')!,
      '<div data-e2e="comment-item"><div class="comment-item-info-wrap"><a href="//www.douyin.com/user/MS4wLjABAAAA9"><span>新用户</span></a></div><div><span>能寄到香港吗</span></div></div>',
    );
    const editable = append(
      item,
      '<div class="comment-input-container"><div contenteditable="true"></div><span class="commentInput-right-ct" role="button">发送</span></div>',
    ).querySelector<HTMLElement>('[contenteditable]')!;
    const box = adapter.matchBox(editable)!;
    expect(adapter.threadContext(box, editable)).toEqual({
      author: '新用户',
      url: 'https://www.douyin.com/user/MS4wLjABAAAA9',
      text: '能寄到香港吗',
    });
  });

  it('names the author in the live 2026-09 item markup, where an image-only avatar link comes first', () => {
    // Modelled on douyin-live / douyin-author (lib/sites/evidence.ts): avatar link, then .comment-item-info-wrap whose
    // first div holds the author link, the text div, the stats; the send control is an unlabelled icon.
    const doc = loadSnapshot('douyin-video');
    const item = append(
      doc.getElementById('comment-list')!,
      '<div><div data-e2e="comment-item"><div class="comment-item-avatar"><a href="//www.douyin.com/user/MS4wLjABAAAA7"><img alt=""></a></div>' +
        '<div><div class="comment-item-info-wrap"><div><a href="//www.douyin.com/user/MS4wLjABAAAA7"><span>穿搭小陈</span></a></div><div><span>3天前·上海</span></div></div>' +
        '<div><span>外套链接有吗</span></div><div class="comment-item-stats-container"><div><p><span>12</span></p></div></div></div></div></div>',
    ).querySelector('[data-e2e="comment-item"]')!;
    const reply = append(
      item,
      '<div class="comment-input-container"><div class="comment-input-inner-container"><div class="richtext-container"><div contenteditable="true"></div></div></div>' +
        '<div class="commentInput-right-ct"><div><span></span><span role="button"></span></div></div></div>',
    );
    const editable = reply.querySelector<HTMLElement>('[contenteditable]')!;
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'reply', field: 'comment' });
    expect(adapter.submitControl(box, editable)).toBe(
      reply.querySelector('.commentInput-right-ct > div > span:last-child'),
    );
    expect(adapter.threadContext(box, editable)).toEqual({
      author: '穿搭小陈',
      url: 'https://www.douyin.com/user/MS4wLjABAAAA7',
      text: '外套链接有吗',
    });
  });

  it('tells the creator title from the description, both published by 发布', () => {
    const doc = loadSnapshot('douyin-creator');
    const title = editorIn(doc, 'title');
    const body = editorIn(doc, 'description');
    expect(adapter.matchBox(title)).toMatchObject({ role: 'post', field: 'title' });
    const box = adapter.matchBox(body)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(box, body)?.textContent).toBe('发布');
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(false);
    expect(adapter.matchBox(append(doc.body, '<input type="text" placeholder="搜索话题">'))).toBeNull();
  });

  it('confirms a comment once it is listed', () => {
    const doc = loadSnapshot('douyin-video');
    const text = '不是智商税，欢迎试用';
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.getElementById('comment-list')!,
      `<div data-e2e="comment-item"><div class="comment-content"><span>${text}</span></div></div>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('confirms a comment in the 2026-09 list markup (text in the div after .comment-item-info-wrap)', () => {
    // Measured on live video pages (lib/sites/evidence.ts 'douyin-live'): no comment-content class any more.
    const doc = loadSnapshot('douyin-video');
    const text = '已经下单了，期待';
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.getElementById('comment-list')!,
      `<div data-e2e="comment-item"><div class="comment-item-info-wrap"><div>Onbrand</div></div><div><span>${text}</span></div></div>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('reads the action bar counts', () => {
    const doc = loadSnapshot('douyin-video');
    append(
      doc.body,
      '<div><div data-e2e="video-player-digg"><span>2.5万</span></div><div data-e2e="feed-comment-icon"><span>890</span></div><div data-e2e="video-player-collect"><span>1200</span></div><div data-e2e="video-player-share"><span>66</span></div></div>',
    );
    expect(adapter.engagement!(doc, new URL(adapter.testUrls[0]))).toEqual({
      postId: '1',
      counts: { likes: 25000, replies: 890, favourites: 1200, reposts: 66 },
    });
  });
});
