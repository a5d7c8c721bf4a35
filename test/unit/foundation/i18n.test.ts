import { describe, expect, it } from 'vitest';
import { allMessages, resolveLocale, translate } from '@/lib/i18n';

describe('UI strings', () => {
  it('exist in English and Simplified Chinese, with the same placeholders', () => {
    const { en, 'zh-CN': zh } = allMessages();
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
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
});
