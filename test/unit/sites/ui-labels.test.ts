// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '@/lib/sites/facebook';
import { instagramAdapter } from '@/lib/sites/instagram';
import { nearestPublishControl } from '@/lib/sites/publish-control';
import { PUBLISH_VERBS } from '@/lib/sites/dom';
import {
  FACEBOOK_COMMENT,
  FACEBOOK_POST,
  INSTAGRAM_COMMENT,
  INSTAGRAM_SHARE,
  PUBLISH_VERBS as VERB_SET,
  UI_LABEL_EVIDENCE,
  allLabels,
  labelPattern,
  type UiLabelEvidence,
  type UiLabels,
  type UiLanguage,
} from '@/lib/sites/ui-labels';
import { SOURCES } from '@/lib/sites/evidence';
import { deepQuery } from '@/lib/sites/dom';
import { loadSnapshot } from './snapshot';

// The sites in UI languages beyond English and Chinese (issue 14): each label set of ui-labels.ts drives the
// adapters' last-resort label matching, and every language in a set has a source.

/** Languages of a set other than English and Chinese, with their first label. */
const others = (set: UiLabels) =>
  (Object.entries(set.labels) as Array<[UiLanguage, readonly string[]]>).filter(
    ([lang]) => !['en', 'zh-CN', 'zh-TW'].includes(lang),
  );

/** The zh-CN Facebook snapshot relabelled: every [role=button] labelled `from` now says `to`. */
function facebookIn(from: string, to: string, box: string) {
  const doc = loadSnapshot('facebook-zh');
  for (const button of doc.querySelectorAll(`[role="button"][aria-label="${from}"]`)) {
    button.setAttribute('aria-label', to);
    if (button.textContent === from) button.textContent = to;
  }
  const editable = deepQuery<HTMLElement>(doc, `[data-fixture-editor="${box}"]`)!;
  const match = facebookAdapter.matchBox(editable)!;
  return { match, submit: match && facebookAdapter.submitControl(match, editable) };
}

describe('UI-language labels', () => {
  it('every language beyond English and Chinese has a source, and every source key exists', () => {
    const sets: [UiLabels, UiLabelEvidence][] = [
      [FACEBOOK_POST, UI_LABEL_EVIDENCE.FACEBOOK_POST],
      [FACEBOOK_COMMENT, UI_LABEL_EVIDENCE.FACEBOOK_COMMENT],
      [INSTAGRAM_COMMENT, UI_LABEL_EVIDENCE.INSTAGRAM_COMMENT],
      [INSTAGRAM_SHARE, UI_LABEL_EVIDENCE.INSTAGRAM_SHARE],
      [VERB_SET, UI_LABEL_EVIDENCE.PUBLISH_VERBS],
    ];
    for (const [set, evidence] of sets) {
      for (const [lang] of others(set)) expect(evidence[lang]?.length, lang).toBeGreaterThan(0);
      for (const keys of Object.values(evidence)) for (const key of keys) expect(SOURCES).toHaveProperty(key);
    }
  });

  it('the sets cover Japanese, Korean, Spanish, French and German', () => {
    expect(Object.keys(FACEBOOK_POST.labels)).toEqual(
      expect.arrayContaining(['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'fr', 'de']),
    );
    expect(Object.keys(VERB_SET.labels)).toEqual(
      expect.arrayContaining(['ja', 'ko', 'es', 'fr', 'de', 'it', 'pl', 'ru']),
    );
  });

  it('labelPattern matches a whole label, any case, not a longer text', () => {
    const pattern = labelPattern(FACEBOOK_COMMENT);
    expect(pattern.test('PUBLIER')).toBe(true);
    expect(pattern.test('Post  comment')).toBe(true);
    expect(pattern.test('Опубликовать')).toBe(true);
    expect(pattern.test('Publier la photo')).toBe(false);
    expect(pattern.test('Commentaires')).toBe(false);
  });

  it.each(others(FACEBOOK_POST))('Facebook post dialog in %s: its button labelled %s', (_lang, labels) => {
    const { match, submit } = facebookIn('发帖', labels[0], 'composer');
    expect(match.role).toBe('post');
    expect(submit?.getAttribute('aria-label')).toBe(labels[0]);
  });

  it.each(others(FACEBOOK_COMMENT))(
    'Facebook comment and reply in %s: their button labelled %s',
    (_lang, labels) => {
      const comment = facebookIn('评论', labels[0], 'comment');
      expect(comment.match.role).toBe('comment');
      expect(comment.submit?.getAttribute('aria-label')).toBe(labels[0]);
      const reply = facebookIn('回复', labels[0], 'reply');
      expect(reply.match.role).toBe('reply');
      expect(reply.submit?.getAttribute('aria-label')).toBe(labels[0]);
    },
  );

  it('Facebook in a language with no listed label: the comment button is not guessed', () => {
    const { submit } = facebookIn('评论', 'Gönder', 'comment');
    expect(submit).toBeNull();
  });

  it('Instagram comment in Spanish: the Publicar button, not the emoji one', () => {
    const doc = loadSnapshot('instagram-zhtw');
    for (const el of doc.querySelectorAll('form [role="button"]'))
      if (el.textContent === '發佈') el.textContent = 'Publicar';
    const editable = deepQuery<HTMLElement>(doc, '[data-fixture-editor="comment"]')!;
    const match = instagramAdapter.matchBox(editable)!;
    expect(instagramAdapter.submitControl(match, editable)?.textContent).toBe('Publicar');
  });

  it.each(others(VERB_SET))(
    'the structure-first fallback finds a %s publish control (%s) on a page no adapter knows',
    (_lang, labels) => {
      for (const label of labels) {
        expect(PUBLISH_VERBS.test(label)).toBe(true);
        document.body.innerHTML = `<div class="row"><textarea rows="1"></textarea><div class="tools"><button aria-label="😀">😀</button><a href="#">${label}</a></div></div>`;
        const found = nearestPublishControl(document.querySelector('textarea')!);
        expect(found?.control.textContent).toBe(label);
      }
    },
  );

  it('the fallback verbs keep every English and Chinese verb of issue 14', () => {
    for (const verb of [
      'Post',
      'Reply',
      'Comment',
      'Send',
      'Publish',
      '发布',
      '發佈',
      '发送',
      '評論',
      '评论',
      '回复',
      '發表',
      '发表',
      '发帖',
    ])
      expect(allLabels(VERB_SET).map((l) => l.toLowerCase())).toContain(verb.toLowerCase());
  });
});
