// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { wechatAdapter as adapter } from '@/lib/sites/wechat';
import { append, loadSnapshot } from './snapshot';

/** The UEditor iframe document, wired to the editor page as its parent frame (happy-dom loads no iframes). */
function editorFrames(): { page: Document; frame: Document } {
  const page = loadSnapshot('wechat-editor');
  const frame = loadSnapshot('wechat-ueditor-iframe');
  Object.defineProperty(frame, 'defaultView', { value: { frameElement: page.getElementById('ueditor_0') } });
  return { page, frame };
}

describe('WeChat Official Accounts adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'creator-publish',
      'creator-publish',
    ]);
    expect(adapter.pageKind(new URL('https://mp.weixin.qq.com/cgi-bin/home'))).toBeNull();
  });

  it('tells title, author and digest apart in the top document, all published by 群发', () => {
    const { page } = editorFrames();
    const fields = ['#title', '#author', '#js_description'].map((selector) =>
      page.querySelector<HTMLElement>(selector)!,
    );
    expect(fields.map((field) => adapter.matchBox(field)?.field)).toEqual(['title', 'author', 'digest']);
    for (const field of fields) {
      const box = adapter.matchBox(field)!;
      expect(box.role).toBe('post');
      expect(adapter.submitControl(box, field)?.id).toBe('js_send');
    }
  });

  it('matches the body from inside the #ueditor_0 iframe and finds 群发 in the parent page', () => {
    const { page, frame } = editorFrames();
    const body = frame.body;
    const box = adapter.matchBox(body)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(box.container.ownerDocument).toBe(page);
    expect(adapter.submitControl(box, body)).toBe(page.getElementById('js_send'));
    expect(adapter.threadContext(box, body)).toBeNull();
  });

  it('still matches the body when the parent page is out of reach', () => {
    const frame = loadSnapshot('wechat-ueditor-iframe');
    const box = adapter.matchBox(frame.body)!;
    expect(box).toMatchObject({ role: 'post', field: 'body' });
    expect(box.container).toBe(frame.body);
  });

  it('ignores fields outside the article editor', () => {
    const { page } = editorFrames();
    expect(
      adapter.matchBox(append(page.body, '<input class="weui-desktop-form__input" placeholder="搜索">')),
    ).toBeNull();
  });

  it('confirms a mass send from the sent list, also when asked from inside the iframe', () => {
    const { page, frame } = editorFrames();
    const text = '春季新品正式上线';
    frame.body.textContent = text;
    expect(adapter.confirmsPublish(text, frame)).toBe(false);
    append(
      page.getElementById('sent-list')!,
      `<div class="appmsg_item"><h4 class="appmsg_title">标题</h4><p>${text}</p></div>`,
    );
    expect(adapter.confirmsPublish(text, frame)).toBe(true);
    expect(adapter.confirmsPublish(text, page)).toBe(true);
  });
});
