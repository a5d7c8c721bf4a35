// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { zhihuAdapter as adapter } from '@/lib/sites/zhihu';
import { append, editorIn, keydown, loadSnapshot } from './snapshot';

describe('Zhihu adapter', () => {
  it('classifies its test URLs', () => {
    expect(adapter.testUrls.map((url) => adapter.pageKind(new URL(url)))).toEqual([
      'post',
      'post',
      'compose',
      'post',
    ]);
    expect(adapter.pageKind(new URL('https://www.zhihu.com/settings/account'))).toBeNull();
  });

  it('matches the comment editor with 发布 and reads the answer', () => {
    const doc = loadSnapshot('zhihu-answer');
    const editable = editorIn(doc, 'comment');
    const box = adapter.matchBox(editable)!;
    expect(box).toMatchObject({ role: 'comment', field: 'comment' });
    expect(adapter.submitControl(box, editable)?.textContent).toBe('发布');
    expect(adapter.isSubmitKey(keydown({ ctrlKey: true }), box)).toBe(false);
    // The snapshot's URL is not a Zhihu one, so the permalink falls back to the answer id alone.
    expect(adapter.threadContext(box, editable)).toEqual({
      author: 'Onbrand',
      url: 'https://www.zhihu.com/answer/2',
      text: '我们是一个品牌语气助手。',
    });
  });

  it('treats an editor inside a comment as a reply to it', () => {
    const doc = loadSnapshot('zhihu-answer');
    const comment = doc.querySelector('.CommentItemV2[data-id="902"]')!;
    const reply = append(
      comment,
      '<div class="CommentEditorV2--normal"><div class="CommentEditorV2-input"><div contenteditable="true"></div></div><button class="CommentEditorV2-singleButton">发布</button></div>',
    );
    const editable = reply.querySelector<HTMLElement>('[contenteditable]')!;
    const box = adapter.matchBox(editable)!;
    expect(box.role).toBe('reply');
    expect(adapter.submitControl(box, editable)?.parentElement).toBe(reply);
    expect(adapter.threadContext(box, editable)).toEqual({ author: '李四', text: '软文吧？' });
  });

  it('matches the answer editor and the column editor title and body', () => {
    const question = loadSnapshot('zhihu-question');
    const answer = question.querySelector<HTMLElement>('[contenteditable]')!;
    const answerBox = adapter.matchBox(answer)!;
    expect(answerBox).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(answerBox, answer)?.textContent).toBe('发布回答');
    const write = loadSnapshot('zhihu-write');
    const title = write.querySelector<HTMLElement>('textarea')!;
    const body = write.querySelector<HTMLElement>('[contenteditable]')!;
    expect(adapter.matchBox(title)).toMatchObject({ role: 'post', field: 'title' });
    const bodyBox = adapter.matchBox(body)!;
    expect(bodyBox).toMatchObject({ role: 'post', field: 'body' });
    expect(adapter.submitControl(bodyBox, body)?.textContent).toBe('发布');
  });

  it('ignores the search field', () => {
    const doc = loadSnapshot('zhihu-answer');
    expect(
      adapter.matchBox(
        append(doc.body, '<input class="Input SearchBar-input" type="text" placeholder="搜索">'),
      ),
    ).toBeNull();
  });

  it('confirms a comment once it is listed', () => {
    const doc = loadSnapshot('zhihu-answer');
    const text = '不是软文，欢迎试用。';
    expect(adapter.confirmsPublish(text, doc)).toBe(false);
    append(
      doc.querySelector('.CommentListV2')!,
      `<div class="CommentItemV2"><div class="CommentItemV2-content"><div class="RichText">${text}</div></div></div>`,
    );
    expect(adapter.confirmsPublish(text, doc)).toBe(true);
  });

  it('reads upvotes and the comment count of the answer', () => {
    const doc = loadSnapshot('zhihu-answer');
    append(
      doc.querySelector('.AnswerItem')!,
      '<div class="ContentItem-actions"><button class="Button VoteButton VoteButton--up" aria-label="赞同 1234">赞同 1234</button><button class="Button ContentItem-action">56 条评论</button></div>',
    );
    expect(adapter.engagement!(doc, new URL(adapter.testUrls[0]))).toEqual({
      postId: '2',
      counts: { likes: 1234, replies: 56 },
    });
  });
});
