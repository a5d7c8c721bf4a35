import { describe, expect, it } from 'vitest';
import { allMessages, resolveLocale, translate } from '@/lib/i18n';
import { placeholderNames, selectPlurals } from '@/lib/i18n/plural';

describe('UI strings', () => {
  it('exist in English and Simplified Chinese, with the same placeholders', () => {
    const { en, 'zh-CN': zh } = allMessages();
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const placeholders = placeholderNames;
    for (const key of Object.keys(en)) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('name the three severities with one set of words everywhere (issue 17: Warn/警告 in one place, Review/检查 in another)', () => {
    for (const [language, messages] of Object.entries(allMessages())) {
      const words = (prefix: string) =>
        ['block', 'warn', 'info'].map((level) => messages[`${prefix}.${level}`]);
      // The in-page assistant, the kit editor and reports (kit.severity), the template editor.
      const prefixes = Object.keys(messages)
        .filter((key) => /\.severity\.warn$/.test(key))
        .map((key) => key.replace(/\.warn$/, ''));
      expect(prefixes.sort(), language).toEqual(['assistant.severity', 'kit.severity', 'tpl.severity']);
      for (const prefix of prefixes)
        expect(words(prefix), `${language} ${prefix}`).toEqual(words('kit.severity'));
      expect(words('kit.severity'), language).toEqual(
        language === 'en' ? ['Blocking', 'Review', 'Tip'] : ['阻止', '检查', '提示'],
      );
    }
  });

  it('follow the browser language unless the user picked one', () => {
    expect(resolveLocale('auto', 'zh-CN')).toBe('zh-CN');
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh-CN');
    expect(resolveLocale('auto', 'fr-FR')).toBe('en');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(resolveLocale('zh-CN', 'en-US')).toBe('zh-CN');
  });

  it('fill placeholders', () => {
    expect(translate('en', 'dash.reports.total', { count: 3 })).toBe('3 records stored in this browser');
    expect(translate('zh-CN', 'dash.reports.total', { count: 3 })).toBe('此浏览器中存有 3 条记录');
  });

  it('pick plural forms with Intl.PluralRules (English one/other; Chinese has no plural)', () => {
    const en =
      'Today: {posts, plural, one {# post} other {# posts}}, {replies, plural, =0 {no replies} one {# reply} other {# replies}}';
    expect(selectPlurals('en', en, { posts: 1, replies: 0 })).toBe('Today: 1 post, no replies');
    expect(selectPlurals('en', en, { posts: 2, replies: 1 })).toBe('Today: 2 posts, 1 reply');
    expect(selectPlurals('en', en, { posts: 12345, replies: 2 })).toBe('Today: 12,345 posts, 2 replies');
    expect(selectPlurals('zh-CN', '{n, plural, other {# 条}}', { n: 1 })).toBe('1 条');
    expect(placeholderNames(en)).toEqual(['posts', 'replies']);
    expect(translate('en', 'popup.counts', { posts: 1, replies: 1, findings: 1 })).toBe(
      'Today: 1 post, 1 reply, 1 finding caught',
    );
    expect(translate('en', 'popup.counts', { posts: 2, replies: 0, findings: 3 })).toBe(
      'Today: 2 posts, 0 replies, 3 findings caught',
    );
  });
});
