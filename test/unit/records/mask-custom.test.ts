import { describe, expect, it, vi } from 'vitest';
import { buildStarterKit, type BrandKit } from '../../../lib/engine';
import { customMaskersOf, maskPersonalData } from '../../../lib/records/mask';
import { maskRecord, senderMasking } from '../../../lib/records/record-masking';
import { putRecords, maskStoredRecords } from '../../../lib/records/store';
import { createRecordHandlers } from '../../../lib/records/handlers';
import { setRecordPrefs } from '../../../lib/records/prefs';
import { dispatch, type Handlers } from '../../../lib/messaging/receiver';
import { NOW, openFreshDb, override, publish } from './helpers';

// A kit's own privacy detectors (privacy.custom) warn in the draft; what they flag must be masked in the log too.
const kitWith = (
  custom: Array<{ id: string; pattern: string }>,
  platformCustom: Array<{ id: string; pattern: string }> = [],
): BrandKit => ({
  ...buildStarterKit(),
  privacy: { custom: custom.map((d) => ({ ...d, label: { en: d.id, zh: d.id } })) },
  platforms: {
    weibo: { privacy: { custom: platformCustom.map((d) => ({ ...d, label: { en: d.id, zh: d.id } })) } },
  },
});
const EMPLOYEE = { id: 'employee', pattern: 'EMP-[0-9]{6}' };
const MEMBER = { id: 'member', pattern: '会员[A-Z]{2}[0-9]{8}' };

describe('custom privacy detectors in masking', () => {
  it('masks overlapping hits once, as the longer one, and each of two hits that touch', () => {
    const SHORT = { id: 'short', pattern: 'AB-[0-9]{4}' };
    const LONG = { id: 'long', pattern: 'AB-[0-9]{4}-[0-9]{4}' };
    const text = 'id AB-1234-5678 ok';
    const longOnly = maskPersonalData(text, customMaskersOf([kitWith([LONG])]));
    expect(longOnly.found).toEqual({ custom: 1 });
    // Both detectors start at the same place: the longer hit is masked, once, whichever detector comes first.
    expect(maskPersonalData(text, customMaskersOf([kitWith([SHORT, LONG])]))).toEqual(longOnly);
    expect(maskPersonalData(text, customMaskersOf([kitWith([LONG, SHORT])]))).toEqual(longOnly);
    // A hit that starts exactly where the previous one ends is its own hit, masked too.
    const touching = maskPersonalData('AB-1234AB-5678', customMaskersOf([kitWith([SHORT])]));
    expect(touching.found).toEqual({ custom: 2 });
    expect(touching.text).not.toMatch(/[0-9]/);
  });

  it('masks every letter and digit of a short custom match, keeps the last four of a long one', () => {
    const maskers = customMaskersOf([kitWith([EMPLOYEE], [MEMBER])]);
    expect(maskers).toHaveLength(2);
    expect(maskPersonalData('ask EMP-123456 today', maskers).text).toBe('ask ***-****** today');
    expect(maskPersonalData('号码会员AB12345678请保密', maskers)).toEqual({
      text: '号码********5678请保密',
      found: { custom: 1 },
    });
    // Without the kit's detectors the same text is left alone (they are not built-in personal data).
    expect(maskPersonalData('ask EMP-123456 today').text).toBe('ask EMP-123456 today');
  });

  it('masks built-in and custom hits of one text together, every match however many', () => {
    const maskers = customMaskersOf([kitWith([EMPLOYEE])]);
    const text = `${'EMP-000001 '.repeat(300)}电话13800138000`;
    const masked = maskPersonalData(text, maskers);
    expect(masked.text).not.toMatch(/EMP-\d/);
    expect(masked.text.endsWith('电话*******8000')).toBe(true);
    expect(masked.found).toEqual({ custom: 300, phone: 1 });
  });

  it('skips a detector the checker would refuse (empty match, too costly) instead of failing', () => {
    expect(
      customMaskersOf([
        kitWith([
          { id: 'empty', pattern: 'x*' },
          { id: 'big', pattern: '[A-Za-z]{1000}' },
        ]),
        null,
      ]),
    ).toHaveLength(0);
  });

  it('a kit or a platform without privacy settings adds no detector', () => {
    const { privacy: _privacy, ...withoutPrivacy } = buildStarterKit();
    expect(customMaskersOf([{ ...withoutPrivacy, platforms: { x: { maxHashtags: 2 } } }])).toHaveLength(0);
  });

  it('matches case as the checker does (custom detectors have no case-insensitive switch)', () => {
    const maskers = customMaskersOf([kitWith([{ id: 'employee', pattern: 'emp-[0-9]{6}' }])]);
    expect(maskPersonalData('ask emp-123456 and EMP-654321', maskers).text).toBe(
      'ask ***-****** and EMP-654321',
    );
  });

  it('a detector that runs out of its time budget masks the rest of the text instead of leaving it bare', () => {
    const maskers = customMaskersOf([kitWith([EMPLOYEE])]);
    const text = 'EMP-000001 '.repeat(300);
    // Every clock read is a second later: the 200 ms budget is spent after the first match.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1_000));
    try {
      const masked = maskPersonalData(text, maskers);
      expect(masked.text).not.toMatch(/EMP-\d/);
      expect(masked.text).toHaveLength(text.length);
      expect(Object.keys(masked.found)).toEqual(['custom']);
      expect(masked.found.custom).toBeLessThan(300);
    } finally {
      now.mockRestore();
    }
  });

  it('masks every free-text field of a record and the sender applies the kit in force', async () => {
    const maskers = customMaskersOf([kitWith([EMPLOYEE])]);
    const record = maskRecord(
      publish(NOW, 'x', { text: 'EMP-654321 joined', overrideReason: 'EMP-654321 asked' }),
      maskers,
    );
    expect(record).toMatchObject({ text: '***-****** joined', overrideReason: '***-****** asked' });
    expect(maskRecord(override(NOW, 'x', 'per EMP-111111', []), maskers)).toMatchObject({
      reason: 'per ***-******',
    });
    const area = { get: async () => ({}) };
    expect(await senderMasking(area, () => maskers)(publish(NOW, 'x', { text: 'EMP-222222' }))).toMatchObject(
      { text: '***-******' },
    );
    const off = { get: async () => ({ 'records:maskPersonalData': false }) };
    expect(await senderMasking(off, () => maskers)(publish(NOW, 'x', { text: 'EMP-222222' }))).toMatchObject({
      text: 'EMP-222222',
    });
  });

  it('the background masks with the kits on put, when masking is turned back on, and in exports', async () => {
    const db = await openFreshDb();
    try {
      const maskers = customMaskersOf([kitWith([EMPLOYEE])]);
      await putRecords(db, [publish(NOW, 'x', { id: 'a', text: 'EMP-333333' })], {
        mask: true,
        custom: maskers,
      });
      expect(await db.get('records', 'a')).toMatchObject({ text: '***-******' });
      await putRecords(db, [publish(NOW, 'x', { id: 'b', text: 'EMP-444444' })], { mask: false });
      expect(await maskStoredRecords(db, maskers)).toBe(1);
      expect(await db.get('records', 'b')).toMatchObject({ text: '***-******' });

      await setRecordPrefs(db, { maskPersonalData: false });
      await putRecords(db, [publish(NOW, 'x', { id: 'c', text: 'EMP-555555' })], { mask: false });
      await setRecordPrefs(db, { maskPersonalData: true });
      const handlers = createRecordHandlers(
        async () => db,
        () => NOW,
        async () => [],
        { set: async () => undefined },
        async () => maskers,
      ) as Handlers;
      const reply = await dispatch(
        { onbrand: 1, type: 'records.export', payload: { from: 0, to: NOW } },
        { id: 'me', url: 'chrome-extension://me/options.html' },
        'me',
        'chrome-extension://me/',
        handlers,
      );
      expect(reply).toMatchObject({ ok: true });
      const text = JSON.stringify((reply as { data: { records: unknown[] } }).data.records);
      expect(text).not.toContain('EMP-555555');
      expect(text).toContain('***-******');
    } finally {
      db.close();
    }
  });
});
