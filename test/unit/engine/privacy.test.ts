import { describe, expect, it } from 'vitest';
import {
  digitValue,
  findEmails,
  findNumbers,
  findPersonalData,
  findUrls,
  isLuhnValid,
  isValidCnId,
  maskPersonalValue,
  type PrivacyHit,
} from '../../../lib/engine/privacy';

// The detectors' rules one by one (issue 22 point 4: what privacy.ts's mutation run found untested). Each case
// names the rule it pins; the examples in mask.test.ts and rules.test.ts show the detectors at work on drafts.

const seen = (text: string) => findPersonalData(text).map((h) => `${h.kind}:${text.slice(h.start, h.end)}`);
const emails = (text: string) => {
  const hits: PrivacyHit[] = [];
  findEmails(text, hits);
  return hits.map((h) => [h.start, h.end]);
};
const numbers = (text: string) => {
  const hits: PrivacyHit[] = [];
  findNumbers(text, hits);
  return hits.map((h) => `${h.kind}:${text.slice(h.start, h.end)}`);
};
/** A resident ID from its first 17 digits, with the right check character. */
function cnId(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}
const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

describe('privacy detectors, rule by rule', () => {
  it('reads ASCII and full-width digits, and nothing next to them', () => {
    const values = ['0', '9', '０', '９', '/', ':', '\uff0f', '\uff1a', ' '].map((c) =>
      digitValue(c.charCodeAt(0)),
    );
    expect(values).toEqual([0, 9, 0, 9, -1, -1, -1, -1, -1]);
    expect(seen('电话13900190009')).toEqual(['phone:13900190009']);
    // A text of digits only (the quick "any digit?" test must not skip it).
    expect(seen('13900190009')).toEqual(['phone:13900190009']);
    expect(seen(`电话${FULL('13900190009')}`)).toEqual([`phone:${FULL('13900190009')}`]);
  });

  it('finds links from http(s):// up to a space, a quote, an angle bracket or CJK, less trailing punctuation', () => {
    expect(findUrls('see https://x.com/a, and HTTP://y.cn/b.')).toEqual([
      [4, 19],
      [25, 38],
    ]);
    expect(findUrls('see https://x.com/a, and HTTP://y.cn/b.')).toEqual(
      findUrls('see https://x.com/a, and HTTP://y.cn/b.'),
    );
    expect(findUrls('ftp://x.com/1 http:/x https://')).toEqual([[22, 30]]);
    for (const stop of [' ', '"', "'", '<', '>', '`', '\x7f', '电']) {
      expect(seen(`https://x.com/a${stop}13800138000`), JSON.stringify(stop)).toEqual(['phone:13800138000']);
    }
    // Inside a link, a number is a post id.
    for (const inside of ['!', '~', '{', '|']) {
      expect(seen(`https://x.com/a${inside}13800138000`), inside).toEqual([]);
    }
  });

  it('e-mail: local part characters, its 64-character reach, the domain and its last label', () => {
    expect(seen('to a_b%c+d-e.f@mail-1.example.com!')).toEqual(['email:a_b%c+d-e.f@mail-1.example.com']);
    expect(seen('x!jane@example.com')).toEqual(['email:jane@example.com']);
    const local = 'a'.repeat(70);
    expect(emails(`${local}@example.com`)).toEqual([[6, 82]]);
    // The domain is read over at most 254 characters.
    const domain = `${'d'.repeat(251)}.com`;
    expect(emails(`j@${domain}`)).toEqual([[0, 256]]);
    expect(emails('j@.com j@example.c j@example.c0m j@localhost @example.com j@')).toEqual([]);
    expect(emails('J@EXAMPLE.COM')).toEqual([[0, 13]]);
    expect(emails('09@example09.com')).toEqual([[0, 16]]);
    // The last label is letters only, and a sentence's final dot is not part of the address.
    expect(emails('j@example.co1 j@example.1co')).toEqual([]);
    expect(emails('mail jane@example.com.')).toEqual([[5, 21]]);
    // A leading dot belongs to what came before (a host, a file name).
    expect(emails('x/..jane@example.com')).toEqual([[4, 20]]);
    // The next address cannot start inside the last one, and each '@' is looked at once.
    expect(emails('a@b.cn@c.com d@e.org')).toEqual([
      [0, 6],
      [13, 20],
    ]);
  });

  it('resident ID: the check character (any case) and a real birth date', () => {
    expect(isValidCnId('11010519491231002x')).toBe(true);
    expect(isValidCnId('11010519491231002X')).toBe(true);
    expect(isValidCnId('1101051949123100X2')).toBe(false);
    expect(isValidCnId('11010519491231002')).toBe(false);
    expect(isValidCnId('11010519491231002XX')).toBe(false);
    expect(isValidCnId('a11010519491231002X')).toBe(false);
    // The whole string is the ID: a valid one with a digit after it is not.
    expect(isValidCnId('4403041990010112335')).toBe(false);
    const born = (date: string) => isValidCnId(cnId(`110105${date}002`));
    expect(['19000101', '21001231', '20000229', '19491231', '20240131'].map(born)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['18991231', '21010101', '19000229', '19490001', '19491301', '19490100', '19490132', '19490431'].map(
        born,
      ),
    ).toEqual([false, false, false, false, false, false, false, false]);
    expect(seen(`身份证 ${cnId('44030419900101123')}`)).toEqual([`cn-id:${cnId('44030419900101123')}`]);
    // The check character X in either case, ASCII or full-width, ends the ID's digits.
    for (const x of ['X', 'x', 'Ｘ', 'ｘ']) {
      const id = `${FULL('11010519491231002')}${x}`;
      expect(seen(`身份证 ${id}。`), x).toEqual([`cn-id:${id}`]);
      expect(seen(`身份证 11010519491231002${x}。`), x).toEqual([`cn-id:11010519491231002${x}`]);
    }
    // Written in groups, the X still ends it; an X after a group of any other length is not a check character.
    expect(seen('身份证 110105 19491231 002X。')).toEqual(['cn-id:110105 19491231 002X']);
    expect(seen('110105-1949-1231-002x')).toEqual(['cn-id:110105-1949-1231-002x']);
    expect(seen('110105 19491231 00X')).toEqual([]);
    // The 17 digits before the X count from any part's start (a year before the ID).
    expect(seen('2024 11010519491231002X')).toEqual(['cn-id:11010519491231002X']);
  });

  it('bank cards: Luhn over every length the cards have, first digit 3–6, and Mastercard 2221–2720', () => {
    expect(['5500005555555559', '79927398713', '378282246310005', '0'].map(isLuhnValid)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['5500005555555558', '79927398710', '378282246310006', '1'].map(isLuhnValid)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(seen('卡 4222222222222 / 378282246310005 / 3530111333300000 / 6011111111111117')).toEqual([
      'bank-card:4222222222222',
      'bank-card:378282246310005',
      'bank-card:3530111333300000',
      'bank-card:6011111111111117',
    ]);
    expect(seen('卡 2223 0000 4840 0011 / 2720000048400019')).toEqual([
      'bank-card:2223 0000 4840 0011',
      'bank-card:2720000048400019',
    ]);
    // Each range of the 2-series: 2221–2229, 2230–2299, 2300–2699, 2700–2719 and 2720.
    expect(seen('卡 2250000000000003 / 2500000000000001 / 2710000000000007')).toEqual([
      'bank-card:2250000000000003',
      'bank-card:2500000000000001',
      'bank-card:2710000000000007',
    ]);
    // 17 digits (UnionPay's cards run 16–19), then a space or a full stop: only an X after 17 digits is an ID's
    // check character, so the card ends where its digits do.
    expect(seen('卡号 62220200000000000 请核对，62220200000000000。')).toEqual([
      'bank-card:62220200000000000',
      'bank-card:62220200000000000',
    ]);
    // Luhn-valid, but not a card's first digits or length.
    expect(seen('no 2220000048400014 / 2721000048400018 / 7992739871300 / 422222222222')).toEqual([]);
  });

  it('phones: CN mobiles with or without 86 / 0086, international, landlines and North American numbers', () => {
    expect(seen('a 13800138000 b 8613800138000 c 008613800138000 d 12800138000')).toEqual([
      'phone:13800138000',
      'phone:8613800138000',
      'phone:008613800138000',
    ]);
    expect(seen('+123456789012345 / +1234567890123456 / +1234567')).toEqual(['phone:+123456789012345']);
    expect(seen('＋44 20 7946 0958')).toEqual(['phone:＋44 20 7946 0958']);
    // Landlines and North American numbers only when grouped.
    expect(seen('021-1234567 / 0755-12345678 / 0755-123456789 / 00-12345678 / 0211234567')).toEqual([
      'phone:021-1234567',
      'phone:0755-12345678',
    ]);
    expect(seen('(415) 555-0100 / 1 215 555 0100 / (115) 555-0100 / (415) 155-0100 / 4155550100')).toEqual([
      'phone:(415) 555-0100',
      'phone:1 215 555 0100',
    ]);
  });

  it('each pattern is the whole number: a longer one that starts like a mobile, a landline or a card is none', () => {
    // 18 digits starting like a mobile (not a valid ID), 15 grouped digits starting like a landline.
    expect(seen('138001380001234567 / 021-1234-5678-9012')).toEqual([]);
    // Luhn-valid, first digit 4, but 10 digits (a North American shape with an exchange starting 1) or ending in X.
    expect(seen('415 155 0102 / 40000000000000001X')).toEqual([]);
  });

  it('groups: every separator people use, at most two in a row, and only with digits after', () => {
    const separators = [
      ' ',
      '-',
      '.',
      '/',
      '\u00a0',
      '\u3000',
      '－',
      '．',
      '／',
      '\u2010',
      '\u2011',
      '\u2013',
    ];
    for (const s of separators) {
      const card = ['4111', '1111', '1111', '1111'].join(s);
      expect(seen(`card ${card}`), JSON.stringify(s)).toEqual([`bank-card:${card}`]);
    }
    expect(seen('tel (010)12345678 / （010）12345678')).toEqual([
      'phone:(010)12345678',
      'phone:（010）12345678',
    ]);
    expect(seen('138- 0013 -8000')).toEqual(['phone:138- 0013 -8000']);
    // One separator between two spaces.
    expect(seen('138 - 0013 - 8000')).toEqual(['phone:138 - 0013 - 8000']);
    expect(seen('tel 138 － 0013 － 8000.')).toEqual(['phone:138 － 0013 － 8000']);
    expect(seen('138 - - 0013 - - 8000')).toEqual([]);
    expect(seen('138 --0013 --8000')).toEqual([]);
    expect(seen('13800138000- next')).toEqual(['phone:13800138000']);
    // At most six space-separated groups make one number; an opening parenthesis does not count as one.
    expect(seen('(415) 555 0 1 0 0')).toEqual(['phone:(415) 555 0 1 0 0']);
  });

  it('a space-like separator splits a run into numbers (a date, then a mobile)', () => {
    for (const s of [' ', '\u00a0', '\u3000', '/', '／']) {
      expect(seen(`2024-05-01${s}13800138000`), JSON.stringify(s)).toEqual(['phone:13800138000']);
    }
    // Not the others: "2024-05-01-13800138000" is one number of 19 digits, none of ours.
    expect(seen('2024-05-01-13800138000')).toEqual([]);
    expect(seen('4111 1111 1111 1111 13800138000')).toEqual([
      'bank-card:4111 1111 1111 1111',
      'phone:13800138000',
    ]);
  });

  it('a link glued after a number ends it like a space; of two hits from one place the longer is kept', () => {
    expect(seen(`身份证${cnId('11010519491231002')}https://x.com/a 电话13800138000http://y.cn`)).toEqual([
      `cn-id:${cnId('11010519491231002')}`,
      'phone:13800138000',
    ]);
    // The address and the number in its local part start together: the address is kept.
    expect(seen('13800138000@qq.com')).toEqual(['email:13800138000@qq.com']);
    // Two hits that touch are both kept (an address whose 64-character local part starts right after a number).
    const local = `-${'a'.repeat(63)}`;
    expect(seen(`13800138000${local}@x.com`)).toEqual(['phone:13800138000', `email:${local}@x.com`]);
  });

  it('a run of several numbers: the letters, the plus and the groups of each part', () => {
    // A letter glued to the run's last part refuses only the numbers ending there; one before it, only its first part.
    expect(seen('13800138000 2024a')).toEqual(['phone:13800138000']);
    expect(seen('ab2024-05-01 13800138000')).toEqual(['phone:13800138000']);
    // A link further on does not make a letter glued to the number count as a space.
    expect(seen('13800138000a https://x.com/a')).toEqual([]);
    // The plus belongs to the first part only; eight digits are the fewest an international number has.
    expect(seen('+1234567 123456789')).toEqual([]);
    expect(seen('+12345678')).toEqual(['phone:+12345678']);
    // More than six space-separated groups are not one number.
    expect(seen('1 3 8 0 0 1 3 8 0 0 0')).toEqual([]);
    // A later part is grouped by its own separators (a landline after a date).
    expect(seen('2024-05-01 021-12345678')).toEqual(['phone:021-12345678']);
  });

  it('letters glued to a number make it a code: ASCII and full-width, but not the characters around them', () => {
    for (const c of ['a', 'z', 'A', 'Z', '0', 'ａ', 'ｚ', 'Ａ', 'Ｚ']) {
      expect(seen(`${c}13800138000`), c).toEqual([]);
    }
    for (const c of ['a', 'z', 'A', 'Z', 'ａ', 'ｚ', 'Ａ', 'Ｚ', '０', '１', '９']) {
      expect(numbers(`${cnId('11010519491231002').slice(0, 17)}X${c}`), c).toEqual([]);
    }
    expect(numbers(`${cnId('11010519491231002')} `)).toEqual([`cn-id:${cnId('11010519491231002')}`]);
    for (const c of ['@', '[', '`', '{', '＠', '［', '｀', '｛', '\uff0f', '\uff1a']) {
      expect(seen(`${c}13800138000${c}`), c).toEqual(['phone:13800138000']);
    }
  });

  it('masks each kind: numbers keep their last four digits (X counts), addresses their first letter', () => {
    expect(maskPersonalValue('cn-id', '11010519491231002x')).toBe('**************002x');
    expect(maskPersonalValue('cn-id', '11010519491231002Ｘ')).toBe('**************002Ｘ');
    expect(maskPersonalValue('cn-id', '11010519491231002ｘ')).toBe('**************002ｘ');
    expect(maskPersonalValue('bank-card', '1234')).toBe('1234');
    expect(maskPersonalValue('phone', '+86 (138) 0013-8000')).toBe('+** (***) ****-8000');
    expect(maskPersonalValue('email', 'jane@example.com')).toBe('j***@example.com');
    // A kit's own detector: every letter and digit hidden below 12 of them, the last four shown from 12.
    expect(maskPersonalValue('custom', 'ORD-12345678')).toBe('***-********');
    expect(maskPersonalValue('custom', 'ORD-123456789')).toBe('***-*****6789');
    expect(maskPersonalValue('custom', '会员 AB-1234567890')).toBe('** **-******7890');
  });
});
