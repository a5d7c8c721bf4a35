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

  // The publisher as every public source finds it (MP 2026-05, SAU 2026-08): its placeholder, and the control reading
  // 发送 (feed) or 发布 (video upload page). No wrapper or button class is used.
  const PUBLISHER_2026 = `<div class="_wbox_kq8Rz">
      <div class="_inner_3Zq1x"><textarea class="_input_3Zq1x" placeholder="有什么新鲜事想分享给大家？"></textarea></div>
      <div class="_tool_9a8j7 woo-box-flex">
        <div class="_icons_9a8j7"><button type="button" title="表情"><i class="woo-font"></i></button></div>
        <div class="_right_9a8j7"><button type="button" class="woo-button-main _btn_2Eq7w"><span class="woo-button-wrap"><span class="woo-button-content">发送</span></span></button></div>
      </div>
    </div>`;

  it('matches the publisher in the "_name_hash" classes by its placeholder and 发送', () => {
    const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
    const publisher = append(doc.body, PUBLISHER_2026);
    const editable = publisher.querySelector('textarea')!;
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'post', field: 'body', container: publisher });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('发送');
  });

  // A feed card in the "_name_hash" classes (code-search 55649500110, 59504489888, 67035543019): no Form_input,
  // Composer_btn, head_name or detail_wbtext class; the comment box is textarea#comment-textarea-<mid>.
  const CARD_2026 = `<article class="woo-panel-main _wrap_m3n8j_2">
      <header class="woo-box-flex"><a class="_name_1b05f_122" href="/u/1"><span title="甜品铺子">甜品铺子</span></a>
        <a class="_time_1tpft_33" href="/1/Abc123" title="2026-11-28 09:30">11-28 09:30</a></header>
      <div class="wbpro-feed-content"><div class="wbpro-feed-ogText"><div class="_wbtext_1psp9_14">冬季限定上架</div></div></div>
      <div class="_composer_1nrgx_2"><textarea id="comment-textarea-501" class="_input_13hj0_5" placeholder="发布你的评论"></textarea>
        <div><button type="button" class="woo-button-main _btn_1nrgx_9"><span class="woo-button-content">评论</span></button></div></div>
    </article>`;

  it('matches a feed card comment in the "_name_hash" classes, with the card author and text as its thread', () => {
    const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
    const card = append(doc.body, CARD_2026);
    const editable = card.querySelector('textarea')!;
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('评论');
    expect(adapter.threadContext(box, editable)).toMatchObject({
      author: '甜品铺子',
      url: 'https://weibo.com/1/Abc123',
      text: '冬季限定上架',
    });
  });

  it('takes 发布 as the publisher control (video upload page) but not an unrelated button', () => {
    const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
    const publisher = append(
      doc.body,
      '<div><div><textarea placeholder="有什么新鲜事想分享给大家？"></textarea></div><div><button>上传封面</button><button><span>发布</span></button></div></div>',
    );
    const editable = publisher.querySelector('textarea')!;
    const box = adapter.matchBox(editable)!;
    expect(adapter.submitControl(box, editable)?.textContent).toBe('发布');
  });

  it('still recognises the publisher whose send control moved away, with no submit of its own', () => {
    const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
    const publisher = append(doc.body, PUBLISHER_2026);
    publisher.querySelector('._right_9a8j7')!.remove();
    const editable = publisher.querySelector('textarea')!;
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(box, editable)).toBeNull();
  });

  it('does not take a textarea outside a card without the publisher placeholder', () => {
    const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
    const other = append(doc.body, '<div><textarea class="W_input"></textarea><button>发送</button></div>');
    expect(adapter.matchBox(other.querySelector('textarea')!)).toBeNull();
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
