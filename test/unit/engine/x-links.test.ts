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

  // Each character at the edges of twitter-text's path characters (Latin accents, IPA letters, combining marks,
  // Cyrillic, Latin Extended Additional, the en dash), in a path, a bare domain's path and a query.
  const EDGE_CODE_POINTS = [
    0x7f, 0x80, 0xa0, 0xbf, 0xc0, 0xd6, 0xd7, 0xd8, 0xf6, 0xf7, 0xf8, 0x24f, 0x250, 0x252, 0x253, 0x254,
    0x255, 0x256, 0x257, 0x258, 0x259, 0x25a, 0x25b, 0x25c, 0x263, 0x268, 0x26f, 0x272, 0x289, 0x28b, 0x2ba,
    0x2bb, 0x2bc, 0x2ff, 0x300, 0x36f, 0x370, 0x3ff, 0x400, 0x4ff, 0x500, 0x1dff, 0x1e00, 0x1eff, 0x1f00,
    0x2012, 0x2013, 0x2014, 0x4e2d,
  ];
  it.each(EDGE_CODE_POINTS.map((cp) => [cp.toString(16), String.fromCodePoint(cp)]))(
    'ends a path or query at U+%s as X does',
    (_, ch) => {
      for (const text of [`see https://a.com/p${ch}q x`, `a.com/p${ch}q`, `https://a.com/p?q=${ch}x`])
        expect(findXLinks(text), text).toEqual(
          twitterText.extractUrlsWithIndices(text).map((url) => url.indices),
        );
    },
  );

  it.each([
    // Parentheses: balanced, one pair nested, unbalanced, empty, around the link.
    ['parentheses', 'https://a.com/a(b)c https://a.com/a(b https://a.com/a()b https://a.com/a(b(c)d)e'],
    ['parentheses', 'https://a.com/a(b)c)d https://a.com/a((b)) https://a.com/(b) https://a.com/a(b c)'],
    ['parentheses', 'https://a.com/a(é) https://a.com/a(电) https://a.com/a(b)(c) https://a.com/a(b)c(d'],
    [
      'parentheses',
      'a.com/x(y)z https://a.com/x) (https://a.com/x) (a.com/x) https://a.com/x), https://a.com/x).',
    ],
    // Queries: what they hold and what they end on.
    [
      'queries',
      'https://a.com/?q=1 https://a.com?q=(1( https://a.com/x? https://a.com/x?a= https://a.com/x?a.b,',
    ],
    ['queries', 'https://a.com/x?é a.com?x https://a.com?x https://a.com/x?a=1&b=(2) https://a.com/x?a!'],
    ['queries', 'https://a.com/x?a- https://a.com/x?- https://a.com/x?a#b'],
    // Ports: kept after a protocol, and without one only before a path.
    ['ports', 'https://a.com:8080/x https://a.com:/x https://a.com:x a.com:80 a.com:80/x a.com:80?x'],
    [
      'ports',
      'https://a.com:8080?x=1 https://a.com:8080 https://a.com:8a https://localhost:8080 https://a.co.uk:80',
    ],
    // Hosts after a protocol: labels, underscores, hyphens, empty labels, TLDs that are not ASCII.
    [
      'hosts',
      'https://例子.中国/x https://a.例子.com https://a_b.com https://a.com. https://.com https://a..com',
    ],
    [
      'hosts',
      'https://a.c https://a.com_x https://例子.com电话 https://a.b.c.d.e.com/x https://a.xn--p1ai/x',
    ],
    [
      'hosts',
      'https://a.com.例子 https://a.中国 https://中国 https://a https://a.comx.com https://a.b-c.com',
    ],
    [
      'hosts',
      'https://-a.com https://a-.com https://_a.b.com https://a_.b.com https://a_b.c.com https://x.a_b.com',
    ],
    [
      'hosts',
      'https://a_b.com.cn https://a-b_c.d.com https://a.com..x https://a..b.com https://例子.中国电话',
    ],
    [
      'hosts',
      'https://例子.中国x https://例子.香港/x https://a.公司 https://a.公司网 https://a.中国.com https://a.b.例子',
    ],
    [
      'hosts',
      'https://a.-b.com https://a.b-.com https://a.com- https://a_b https://a.b_c.com https://a.com.例子/x',
    ],
    ['hosts', 'https://a.com.例子.中国 https://嘉里大酒店.嘉里大酒店 https://a.嘉里 https://a.嘉里大'],
    // Bare domains.
    ['bare domains', 'a.b a.b. a.1com .com a.com. www.a-b.co.uk a.b.c.d 1.com a.com.b a.com.bb aa.com.x.com'],
    [
      'bare domains',
      'a.b.com a.bb.cc x.y.z.com.q a.com..com a.com-b.com a.co-m a.c0m a.com.1 a.b.c ab.c.com',
    ],
    // Several links, and what may precede one.
    ['several', 'a.com b.com https://a.com https://b.com a.comhttps://b.com xa.com https://b.com http://'],
    [
      'several',
      'HTTPS://A.COM http://a.com a.com/b.com https://a.com/b.com c.com x https://a.com/ ahttps://a.com',
    ],
    [
      'several',
      '#https://a.com @a.com $a.com _a.com a.com@b https://a.com@b.com a.com+ a.com+b see: a.com; b.com!',
    ],
    [
      'several',
      'https://https://a.com a.com/. a.com/,x a.com/a. https://a.com/a… https://a.com/a"b https://a.com/a<b',
    ],
  ])('finds the links X finds: %s (%s)', (_, text) => {
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
