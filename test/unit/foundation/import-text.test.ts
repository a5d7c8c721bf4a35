import { describe, expect, it } from 'vitest';
import { decodeImportBytes, firstInvalidUtf8 } from '@/lib/import-text';
import { MAX_CALENDAR_FILE_BYTES, readCalendarFile, previewCsv } from '@/lib/calendar';
import { parseTermsCsv } from '@/lib/kits/bulk-terms';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** "日期,平台,标题\n2025-03-01,微博,新品发布\n" as Chinese Excel saves it (GBK). */
const GBK_CSV = new Uint8Array([
  0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xc6, 0xbd, 0xcc, 0xa8, 0x2c, 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0x32, 0x30, 0x32,
  0x35, 0x2d, 0x30, 0x33, 0x2d, 0x30, 0x31, 0x2c, 0xce, 0xa2, 0xb2, 0xa9, 0x2c, 0xd0, 0xc2, 0xc6, 0xb7, 0xb7,
  0xa2, 0xb2, 0xbc, 0x0a,
]);

describe('import decoding never lies', () => {
  it('reads UTF-8 with or without a BOM', () => {
    expect(decodeImportBytes(utf8('\uFEFF中文,ok'))).toEqual({
      ok: true,
      text: '中文,ok',
      encoding: 'utf-8',
    });
    expect(decodeImportBytes(utf8('plain'))).toMatchObject({ ok: true, text: 'plain' });
  });

  it('names the byte offset of invalid UTF-8', () => {
    const bytes = new Uint8Array([...utf8('title,a\n'), 0x80, 0x41]);
    expect(firstInvalidUtf8(bytes)).toBe(8);
    expect(decodeImportBytes(bytes)).toMatchObject({
      ok: false,
      code: 'encoding',
      offset: 8,
      message: { en: expect.stringContaining('at byte 8'), zh: expect.stringContaining('第 8 字节') },
    });
    // Overlong, surrogate and truncated sequences are invalid too.
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe4, 0xb8]))).toBe(2);
  });

  it('detects GB18030/GBK and decodes it with a notice', () => {
    const decoded = decodeImportBytes(GBK_CSV);
    expect(decoded).toMatchObject({
      ok: true,
      encoding: 'gb18030',
      text: '日期,平台,标题\n2025-03-01,微博,新品发布\n',
      notice: { en: expect.stringContaining('GB18030'), zh: expect.stringContaining('GB18030') },
    });
  });

  it('refuses files over the size limit with a clear error', () => {
    expect(decodeImportBytes(new Uint8Array(2 * 1024 * 1024), 1024 * 1024)).toMatchObject({
      ok: false,
      code: 'too-large',
      message: { en: 'The file is 2 MB; at most 1 MB can be imported.' },
    });
    expect(readCalendarFile(new Uint8Array(6 * 1024 * 1024))).toMatchObject({
      ok: false,
      issue: { code: 'import.tooLarge' },
    });
    // The calendar limit as a literal (5 MB): a test built from the constant would follow it to any size.
    expect(MAX_CALENDAR_FILE_BYTES).toBe(5_242_880);
    expect(readCalendarFile(new Uint8Array(5_242_881).fill(0xff))).toEqual({
      ok: false,
      issue: {
        line: 1,
        code: 'import.tooLarge',
        value: '5.0',
        field: String(MAX_CALENDAR_FILE_BYTES / 1024 / 1024),
      },
    });
    expect(readCalendarFile(new Uint8Array(5_242_880).fill(0xff))).toMatchObject({
      ok: false,
      issue: { code: 'import.encoding' },
    });
    expect(readCalendarFile(new Uint8Array([0x61, 0xff]))).toMatchObject({
      ok: false,
      issue: { code: 'import.encoding', value: '1' },
    });
  });
});

describe('CSV rows with missing or extra columns are named by line', () => {
  const options = { defaultTimeZone: 'Asia/Shanghai', campaigns: [] };
  it('calendar import', () => {
    const preview = previewCsv(
      'date,time,platform,title\n2025-03-01,09:00,weibo\n2025-03-02,09:00,x,ok\n2025-03-03,09:00,x,t,extra\n',
      options,
    );
    expect(preview.slots.map((s) => s.title)).toEqual(['ok']);
    expect(preview.issues).toEqual([
      { line: 2, code: 'import.columnCount', field: '4', value: '3' },
      { line: 4, code: 'import.columnCount', field: '4', value: '5' },
    ]);
  });

  it('banned-terms CSV', () => {
    const result = parseTermsCsv(
      'term,category,severity\nbad,custom\nworse,custom,warn,x\nfine,custom,warn\n',
      { category: 'custom', severity: 'warn' },
    );
    expect(result.terms.map((t) => t.term)).toEqual(['fine']);
    expect(result.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(result.problems[0].message).toEqual({
      en: '2 columns where the header has 3; the row is not imported',
      zh: '此行有 2 列，而表头有 3 列；此行不导入',
    });
  });

  it('GBK calendar CSV imports its Chinese text intact', () => {
    const read = readCalendarFile(GBK_CSV);
    expect(read.ok && read.notice).toBeTruthy();
    if (!read.ok) return;
    const preview = previewCsv(read.text, { ...options, mapping: { date: 0, platform: 1, title: 2 } });
    expect(preview.issues.filter((i) => i.code !== 'import.missingValue')).toEqual([]);
  });
});
