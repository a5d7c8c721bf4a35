import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { findXLinks } from '@/lib/engine/x-links';
import { X_GENERIC_TLDS } from '@/lib/engine/x-tlds';
import { xCountryTlds, xGenericTlds } from '@/test/tools/twitter-text-tlds';

// The regex the scanner replaced (quadratic on `a.a.a…`), kept here as the reference for what counts as a link.
// Its TLDs: every country code and generic TLD X knows, and a TLD in its ASCII form ("xn--…").
const COUNTRY_TLD = xCountryTlds().join('|');
// Longest first, as twitter-text orders them, so that "company" is tried before "com".
const GENERIC_TLD = xGenericTlds()
  .sort((a, b) => b.length - a.length)
  .join('|');
// Bare domains only (links with a protocol are judged against twitter-text below). Since round 22 it follows X's own
// URL grammar (twitter-text 3.1) where drafts meet it: a path holds twitter-text's path characters only (no "(" in
// these texts, so its balanced parentheses never come up); a TLD ends before anything but a letter, digit, @, + or -;
// no bare domain follows a letter, digit, _, @, $, #, -, . or /.
const PATH =
  "[A-Za-z0-9!*';:=+,.$/%#\\[\\]\\-_~@|&?\\u2013\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0253\\u0254\\u0256\\u0257\\u0259" +
  '\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289\\u028b\\u02bb\\u0300-\\u036f\\u0400-\\u04ff\\u1e00-\\u1eff]';
const REFERENCE = new RegExp(
  `(?<![\\w@$#＠＃./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:(?:${GENERIC_TLD}|${COUNTRY_TLD})(?![0-9a-z@+-])|xn--[-0-9a-z]+)(?:\\/${PATH}*)?`,
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
  // What X itself finds (twitter-text 3.1), links with a protocol included.
  it.each([
    'see https://example.com/a?b=1 now',
    'two links http://a.co and https://b.io/x.',
    'go to onbrand.app, ok',
    'a.az',
    'shop.jp/sale and x.aa',
    'news.online',
    'foo.com-bar.net',
    '-foo.com',
    '_foo.com',
    'a_b.com',
    'x.COM/Path',
    'a..com',
    'a-.com',
    'xhttp://a.com',
    'http:// x',
    'http://localhost/x and https://https://',
    '详情见https://t.cn/A6abc电话13800138000',
    '官网：https://onbrand.app/zh。欢迎 onbrand.app/活动',
    'https://onbrand.app欢迎 https://onbrand.app电话onbrand.app',
    'mail a@onbrand.app, #onbrand.app $onbrand.app /onbrand.app t.cn_x example.com:8080/x',
    'https://en.wikipedia.org/wiki/Primer_(film) (see https://a.com/x) https://a.com/x(y',
    'www.example.co.uk/x).',
    `${'a'.repeat(64)}.com`,
    `${'a'.repeat(63)}.com`,
    'a-b-c.d-e.shop!',
  ])('finds the links X finds in %s', (text) => {
    expect(findXLinks(text)).toEqual(twitterText.extractUrlsWithIndices(text).map((url) => url.indices));
  });

  it("knows every generic TLD X knows (x-tlds.ts is twitter-text's list; test/tools/build-x-tlds.ts rebuilds it)", () => {
    expect(X_GENERIC_TLDS.split(' ').sort()).toEqual(xGenericTlds());
    expect(xGenericTlds().length).toBeGreaterThan(1000);
  });

  it("finds a bare domain under each of X's TLDs where X does, and none where a letter or digit follows it", () => {
    // Before: only 16 generic TLDs, so "onbrand.studio" or "acme.company" weighed their letters here, 23 on X (and
    // the country code .ac was missing).
    const tlds = [...xGenericTlds(), ...xCountryTlds()];
    expect(tlds.length).toBeGreaterThan(1400);
    const differ = tlds.filter((tld) => {
      const text = `Visit acme.${tld}/x and ACME.${tld.toUpperCase()}. or acme.${tld}1 acme.${tld}-x`;
      const official = twitterText.extractUrlsWithIndices(text).map((url) => url.indices);
      return JSON.stringify(findXLinks(text)) !== JSON.stringify(official) || official.length !== 2;
    });
    expect(differ).toEqual([]);
  });

  it.each([
    'see foo.xn--abc now',
    'a.XN--fiqs8s/x',
    'a.xn--',
    'a.xn--a-b-',
    'a.xn--ab@c',
    'xn--ab.com',
    'a.xn--ab_c',
  ])('takes a TLD in its ASCII form (xn--…) as X does: %s', (text) => {
    expect(findXLinks(text)).toEqual(twitterText.extractUrlsWithIndices(text).map((url) => url.indices));
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
      'company',
      'Cloud',
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
