import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findXLinks } from '@/lib/engine/x-links';

// The regex the scanner replaced (quadratic on `a.a.a…`), kept here as the reference for what counts as a link.
const COUNTRY_TLD =
  'a[defgilmnoqrstuwxz]|b[abdefghijlmnoqrstvwyz]|c[acdfghiklmnoruvwxyz]|d[ejkmoz]|e[ceghrstu]|f[ijkmor]|g[abdefghilmnpqrstuwy]|' +
  'h[kmnrtu]|i[delmnoqrst]|j[emop]|k[eghimnprwyz]|l[abcikrstuvy]|m[acdefghklmnopqrstuvwxyz]|n[acefgilopruz]|om|p[aefghklmnrstwy]|qa|' +
  'r[eosuw]|s[abcdeghijklmnorstuvxyz]|t[cdfghjklmnoprtvwz]|u[agkmsyz]|v[aceginu]|w[fs]|y[et]|z[amw]';
const GENERIC_TLD = 'com|net|org|app|dev|info|biz|xyz|shop|store|online|site|tech|blog|news|live';
const REFERENCE = new RegExp(
  `(?:https?:\\/\\/[^\\s<>"]+)|(?:\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${GENERIC_TLD}|${COUNTRY_TLD})\\b(?:\\/[^\\s<>"]*)?)`,
  'gi',
);
function reference(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const url = m[0].replace(/[.,;:!?)\]}'"]+$/, '');
    found.push([m.index, m.index + url.length]);
    REFERENCE.lastIndex = m.index + url.length;
  }
  return found;
}

describe('X link scanner', () => {
  it.each([
    'see https://example.com/a?b=1 now',
    'two links http://a.co and https://b.io/x.',
    'go to onbrand.app, ok',
    'a.az',
    'shop.jp/sale and x.aa',
    'news.online',
    'foo.company',
    'foo.com-bar.net',
    '-foo.com',
    '_foo.com',
    'a_b.com',
    'x.COM/Path',
    'a..com',
    'a-.com',
    'xhttp://a.com',
    'http:// x',
    '详情见https://t.cn/A6abc电话13800138000',
    'www.example.co.uk/x).',
    `${'a'.repeat(64)}.com`,
    `${'a'.repeat(63)}.com`,
    'a-b-c.d-e.shop!',
  ])('finds what the regex found in %s', (text) => {
    expect(findXLinks(text)).toEqual(reference(text));
  });

  it('finds what the regex found on generated text of domain-like pieces', () => {
    const piece = fc.constantFrom(
      'a',
      'b1',
      '.',
      '-',
      '_',
      'com',
      'co',
      'm',
      'jp',
      'uk',
      'io',
      'http://',
      'https://',
      '/',
      ' ',
      '你',
      'x',
      '9',
      ')',
      ',',
      '"',
      'A',
      'Shop',
      '\u3000',
      "'",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findXLinks(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
