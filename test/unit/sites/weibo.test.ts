// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { weiboAdapter as adapter } from '@/lib/sites/weibo';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('Weibo adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'home',
      'post',
      'profile',
    ]);
    expect(adapter.pageKind(new URL('https://weibo.com/set/index'))).toBeNull();
  });

  it('matches the publisher as a post with 发送 and Ctrl+Enter', () => {
    const doc = loadSnapshot('weibo-home');
    const editable = editorIn(doc, 'compose');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('发送');
    expect(adapter.isSubmitKey(keydown({ ctrlKey: true }), box)).toBe(true);
    expect(adapter.isSubmitKey(keydown({}), box)).toBe(false);
  });

  it('matches a card comment box with 评论 and reads the card', () => {
    const doc = loadSnapshot('weibo-home');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('评论');
    expect(adapter.threadContext(box, editable)).toEqual({
      author: 'Onbrand官方',
      at: Date.parse('2025-03-01T00:00:00.000Z'),
      url: 'https://weibo.com/Onbrand%E5%AE%98%E6%96%B9/2025-03-01T00:00:00.000Z',
      text: '春季新品上线啦！转发抽奖🎁',
    });
  });

  it('reads the time link of a card in the newer "_time_" class pattern (older head-info_time kept)', () => {
    const doc = loadSnapshot('weibo-home');
    const editable = editorIn(doc, 'comment');
    const card = editable.closest('article')!;
    const time = card.querySelector('[class*="head-info_time"]')!;
    time.setAttribute('class', '_time_1tpft_33');
    const box = adapter.matchBox(editable)!;
    expect(adapter.threadContext(box, editable)?.url).toBe(
      'https://weibo.com/Onbrand%E5%AE%98%E6%96%B9/2025-03-01T00:00:00.000Z',
    );
  });

  it('ignores the search field', () => {
    const doc = loadSnapshot('weibo-home');
    expect(
      adapter.matchBox(append(doc.body, '<input class="woo-input-main" placeholder="搜索微博">')),
    ).toBeNull();
  });

  it('confirms a comment once it is listed', () => {
    const doc = loadSnapshot('weibo-home');
    const text = '感谢支持！';
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.querySelector('.list')!,
      `<div class="wbpro-list"><div class="text"><a>Onbrand</a>：<span>${text}</span></div></div>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });
});
