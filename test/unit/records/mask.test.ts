import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  isLuhnValid as passesLuhn,
  isValidCnId as isChineseId,
} from '../../../lib/engine/privacy';
import { maskPersonalData } from '../../../lib/records/mask';
import { maskRecord } from '../../../lib/records/record-masking';
import { NOW, feedback, override, publish } from './helpers';

describe('personal data masking', () => {
  it('masks e-mail addresses, keeping the first letter and the domain', () => {
    expect(maskPersonalData('Write to jane.doe+shop@example.co.uk today').text).toBe(
      'Write to j***@example.co.uk today',
    );
  });

  it('masks mainland mobile numbers in every usual format, keeping the last four digits', () => {
    expect(maskPersonalData('电话13812345678').text).toBe('电话*******5678');
    expect(maskPersonalData('call 138-1234-5678').text).toBe('call ***-****-5678');
    expect(maskPersonalData('+86 138 1234 5678').text).toBe('+** *** **** 5678');
  });

  it('masks landlines and international numbers', () => {
    expect(maskPersonalData('热线 010-12345678').text).toBe('热线 ***-****5678');
    expect(maskPersonalData('ring +44 20 7946 0958').text).toBe('ring +** ** **** 0958');
    expect(maskPersonalData('(415) 555-0100').text).toBe('(***) ***-0100');
  });

  it('masks Chinese resident ID numbers only when the checksum holds', () => {
    expect(isChineseId('11010519491231002X')).toBe(true);
    expect(isChineseId('110105194912310021')).toBe(false);
    expect(maskPersonalData('身份证 11010519491231002X').text).toBe('身份证 **************002X');
    expect(maskPersonalData('身份证 440304199001011233。').found).toEqual({ 'cn-id': 1 });
    // Wrong checksum: an order number, not an ID; it is not a card either (Luhn fails).
    expect(maskPersonalData('订单 110105194912310021').found).toEqual({});
  });

  it('masks bank card numbers that pass the Luhn check, grouped or not', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(maskPersonalData('card 4111 1111 1111 1111').text).toBe('card **** **** **** 1111');
    expect(maskPersonalData('卡号6222021000000000900').text).toBe('卡号***************0900');
    expect(maskPersonalData('ref 4111111111111112').found).toEqual({});
  });

  it('leaves links, dates, prices and short numbers alone', () => {
    const text =
      'See https://x.com/brand/status/4111111111111111 on 2024-05-01, only ¥199 or 12345 points, mail@ nowhere';
    expect(maskPersonalData(text)).toEqual({ text, found: {} });
    expect(findPersonalData('https://weibo.com/u/13812345678')).toEqual([]);
  });

  it('masks what the issue saw stored verbatim (one set of detectors with the checker)', () => {
    const text =
      '详情见https://t.cn/A6abc电话13800138000 卡号4111.1111.1111.1111 call 138.0013.8000 or mail j@example.com';
    expect(maskPersonalData(text)).toEqual({
      text: '详情见https://t.cn/A6abc电话*******8000 卡号****.****.****.1111 call ***.****.8000 or mail j***@example.com',
      found: { phone: 2, 'bank-card': 1, email: 1 },
    });
    expect(maskPersonalData('(138)0013-8000').text).toBe('(***)****-8000');
    expect(maskPersonalData('http://john.doe@example.com/x').text).toBe('http://j***@example.com/x');
    expect(maskPersonalData('电话１３８００１３８０００。').text).toBe('电话*******８０００。');
    expect(maskPersonalData('卡号４１１１－１１１１－１１１１－１１１１').found).toEqual({ 'bank-card': 1 });
    expect(maskPersonalData('电话（０１０）１２３４５６７８').text).toBe('电话（***）****５６７８');
    expect(maskPersonalData('call 138/0013/8000 now').text).toBe('call ***/****/8000 now');
    expect(maskPersonalData('2024-05-01 13800138000').text).toBe('2024-05-01 *******8000');
    // A number glued to a parenthesised one (found by the property test): both are read, none swallows the other.
    expect(findPersonalData('440304199001011233（138）00000000').map((h) => h.kind)).toEqual([
      'cn-id',
      'phone',
    ]);
    expect(maskPersonalData('身份证440304199001011233(138)').text).toBe('身份证**************1233(138)');
    expect(maskPersonalData('卡号4111111111111111（62）').found).toEqual({ 'bank-card': 1 });
  });

  it('checks the birth date of a resident ID', () => {
    expect(isChineseId('11010519491231002X')).toBe(true);
    // Same digits with 1949-02-30 as birth date and a recomputed check character: not an ID.
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const body = '11010519490230002';
    const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
    expect(isChineseId(body + '10X98765432'[sum % 11])).toBe(false);
  });

  it('reports what it found and masks several items in one text', () => {
    const result = maskPersonalData('a@b.cn, 13812345678, 4111111111111111, 11010519491231002X');
    expect(result.found).toEqual({ email: 1, phone: 1, 'bank-card': 1, 'cn-id': 1 });
    expect(result.text).not.toMatch(/13812345678|4111111111111111|11010519491231002X|a@b/);
  });

  it('masks the free-text fields of records, never ids or links', () => {
    const p = maskRecord(
      publish(NOW, 'x', {
        text: 'call 13812345678',
        overrideReason: 'customer a@b.cn',
        url: 'https://x.com/13812345678',
        postId: '13812345678',
      }),
    );
    expect(p).toMatchObject({
      text: 'call *******5678',
      overrideReason: 'customer a***@b.cn',
      url: 'https://x.com/13812345678',
      postId: '13812345678',
    });
    const f = maskRecord({
      ...feedback(NOW, 'weibo', 'complaint', '客户电话 13812345678'),
      commentText: '我的邮箱 me@qq.com',
    });
    expect(f).toMatchObject({ note: '客户电话 *******5678', commentText: '我的邮箱 m***@qq.com' });
    expect(maskRecord(override(NOW, 'x', 'ok by 13812345678', []))).toMatchObject({
      reason: 'ok by *******5678',
    });
    const untouched = publish(NOW, 'x', { text: 'nothing here' });
    expect(maskRecord(untouched)).toEqual(untouched);
  });
});
