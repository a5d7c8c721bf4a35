import { afterEach, describe, expect, it } from 'vitest';
import { config } from 'zod/mini';
import zodEnglish from 'zod/v4/locales/en.js';
import zodChinese from 'zod/v4/locales/zh-CN.js';
import { parseBrandKit } from '@/lib/engine';

// The dashboard and popup configure zod's messages for their language (components/shared/zod-locale.ts), so a bad import explains
// itself in Chinese too, next to the field path and line.
describe('validation messages follow the UI language', () => {
  afterEach(() => config(zodEnglish()));

  it('names the field and says what is wrong in English and in Chinese', () => {
    const bad = {
      version: 2,
      profile: { name: 'Acme' },
      bannedTerms: [{ term: 'x', category: 'custom', severity: 'loud' }],
    };
    const english = parseBrandKit(bad);
    expect(english).toMatchObject({ ok: false, errors: [{ path: 'bannedTerms[0].severity' }] });
    config(zodChinese());
    const chinese = parseBrandKit(bad);
    expect(chinese).toMatchObject({ ok: false, errors: [{ path: 'bannedTerms[0].severity' }] });
    if (chinese.ok || english.ok) throw new Error('expected errors');
    expect(chinese.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese.errors[0].message).not.toBe(english.errors[0].message);
  });
});
