import { describe, expect, it } from 'vitest';
import {
  findByShortcut,
  searchTemplates,
  starterLibrary,
  type Template,
  type TemplateLibrary,
} from '@/lib/templates';

function t(id: string, fields: Partial<Template>): Template {
  return {
    id,
    name: id,
    body: 'Body',
    language: 'en',
    tags: [],
    platforms: [],
    shortcut: '',
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}
function library(templates: Template[], usage: TemplateLibrary['usage'] = {}): TemplateLibrary {
  return { version: 1, templates, trigger: ';;', usage };
}
const ids = (lib: TemplateLibrary, query: string, options = {}) =>
  searchTemplates(lib, query, options).map((m) => m.template.id);

describe('searchTemplates with a query', () => {
  const lib = library([
    t('apology', {
      name: 'Apology and follow-up',
      shortcut: 'sorry',
      tags: ['support'],
      body: 'We are sorry about this.',
    }),
    t('thanks', { name: 'Thanks', shortcut: 'thx', tags: ['gratitude'], body: 'Thank you so much!' }),
    t('shipping', {
      name: 'Shipping question',
      shortcut: 'ship',
      tags: ['support'],
      body: 'Your order {?order number} ships soon.',
    }),
    t('gx', { name: '感谢', shortcut: 'gx1', language: 'zh', tags: ['感谢'], body: '非常感谢你的支持！' }),
    t('wl', { name: '物流咨询', shortcut: 'wl', language: 'zh', tags: ['物流'], body: '您的订单已发出。' }),
    t('hy', { name: '欢迎新成员', shortcut: 'hy', language: 'zh', body: '欢迎加入！' }),
  ]);

  it('puts an exact shortcut first, then shortcut prefixes', () => {
    expect(ids(lib, 'thx')[0]).toBe('thanks');
    expect(ids(lib, 'sh')[0]).toBe('shipping');
    expect(searchTemplates(lib, 'thx')[0].field).toBe('shortcut');
  });

  it('matches fuzzy subsequences of names, preferring word starts and tight runs', () => {
    expect(ids(lib, 'apfo')[0]).toBe('apology'); // Apology … FOllow-up
    expect(ids(lib, 'shq')).toEqual(['shipping']); // SHipping Question
    expect(ids(lib, 'thanks')[0]).toBe('thanks');
  });

  it('searches tags and bodies too, below names', () => {
    expect(ids(lib, 'support')).toEqual(expect.arrayContaining(['apology', 'shipping']));
    expect(searchTemplates(lib, 'support')[0].field).toBe('tags');
    expect(ids(lib, 'order number')).toEqual(['shipping']);
    expect(searchTemplates(lib, 'order number')[0].field).toBe('body');
  });

  it('does not count letters scattered across a long body', () => {
    const starter = starterLibrary(0);
    expect(ids(starter, 'wlzx')).toEqual(['starter-shipping-zh']); // 物流咨询, not initials spread over other replies
    expect(ids(starter, 'dxdm')).toEqual([]);
  });

  it('drops templates that do not match at all', () => {
    expect(ids(lib, 'zzz')).toEqual([]);
    expect(ids(lib, 'xht')).toEqual([]); // letters present but out of order
  });

  it('matches Chinese by characters', () => {
    expect(ids(lib, '感谢')[0]).toBe('gx');
    expect(ids(lib, '物流')[0]).toBe('wl');
    expect(ids(lib, '订单')).toEqual(['wl']);
  });

  it('matches Chinese by pinyin initials', () => {
    expect(ids(lib, 'gx')[0]).toBe('gx'); // 感谢 (and the shortcut gx1 prefix)
    expect(ids(lib, 'wlzx')).toEqual(['wl']); // 物流咨询
    expect(ids(lib, 'hyxcy')).toEqual(['hy']); // 欢迎新成员
    expect(ids(lib, 'xcy')).toEqual(['hy']); // 新成员, mid-name
  });

  it('ignores case, spaces and full-width letters in the query', () => {
    expect(ids(lib, 'THX')[0]).toBe('thanks');
    expect(ids(lib, 'ｔｈｘ')[0]).toBe('thanks');
    expect(ids(lib, 'ship ping')[0]).toBe('shipping');
  });

  it('breaks ties between equal matches by use, then by library order', () => {
    const twins = library([t('a', { name: 'Reply one' }), t('b', { name: 'Reply two' })]);
    expect(ids(twins, 'reply')).toEqual(['a', 'b']);
    expect(ids({ ...twins, usage: { b: { count: 3, lastUsed: 5 } } }, 'reply')).toEqual(['b', 'a']);
  });
});

describe('searchTemplates with an empty query', () => {
  const lib = library(
    [
      t('zh-generic', { language: 'zh' }),
      t('en-generic', {}),
      t('en-weibo-only', { platforms: ['weibo'] }),
      t('zh-weibo', { language: 'zh', platforms: ['weibo'] }),
      t('both-variant', { language: 'both', variants: { weibo: '微博版' } }),
      t('zh-popular', { language: 'zh' }),
    ],
    { 'zh-popular': { count: 9, lastUsed: 1 }, 'zh-generic': { count: 2, lastUsed: 1 } },
  );

  it('ranks platform + language matches first, then those for every platform, then the most used', () => {
    expect(ids(lib, '', { platform: 'weibo', language: 'zh' })).toEqual([
      'zh-weibo',
      'both-variant', // made for weibo, in Chinese (variant counts as made for it)
      'zh-popular',
      'zh-generic', // every platform, Chinese; by use
      'en-weibo-only',
      'en-generic', // one of the two fits
    ]);
  });

  it('without a platform or language orders by use, then library order', () => {
    expect(ids(lib, '')).toEqual([
      'zh-popular',
      'zh-generic',
      'en-generic',
      'en-weibo-only',
      'zh-weibo',
      'both-variant',
    ]);
  });

  it('templates made for other platforms sink below ones for every platform', () => {
    expect(ids(lib, '', { platform: 'x', language: 'en' }).slice(0, 3)).toEqual([
      'en-generic',
      'both-variant',
      'en-weibo-only',
    ]);
  });
});

describe('findByShortcut', () => {
  it('finds the starter templates by their shortcuts, case-insensitively', () => {
    const lib = starterLibrary(0);
    expect(findByShortcut(lib, 'thx')?.id).toBe('starter-thanks-en');
    expect(findByShortcut(lib, 'GX')?.id).toBe('starter-thanks-zh');
    expect(findByShortcut(lib, 'nope')).toBeUndefined();
  });

  it('prefers the template that suits the platform and language when shortcuts collide', () => {
    const lib = library([t('en', { shortcut: 'hi' }), t('zh', { shortcut: 'hi', language: 'zh' })]);
    expect(findByShortcut(lib, 'hi', { language: 'zh' })?.id).toBe('zh');
    expect(findByShortcut(lib, 'hi', { language: 'en' })?.id).toBe('en');
  });
});

describe('search speed', () => {
  it('ranks 1,000 templates in a few milliseconds per keystroke', () => {
    const many = library(
      Array.from({ length: 1000 }, (_, i) =>
        t(`t${i}`, {
          name: `Reply ${i} 回复模板`,
          body: `Hello {author}, this is reply number ${i}. 感谢您的耐心等待。`.repeat(3),
          tags: ['support'],
        }),
      ),
    );
    searchTemplates(many, 'warm'); // builds the per-template index once
    // The best of a few rounds, so a busy machine does not fail the test.
    let perQuery = Infinity;
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      for (const q of ['r', 're', 'rep', 'hfmb', '感谢', 'number 99']) searchTemplates(many, q);
      perQuery = Math.min(perQuery, (performance.now() - started) / 6);
    }
    expect(perQuery).toBeLessThan(50);
  });
});
