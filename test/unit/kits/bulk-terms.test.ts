import { describe, expect, it } from 'vitest';
import { bannedTermSchema } from '@/lib/engine';
import {
  MAX_TERMS_FILE_BYTES,
  mergeTerms,
  parseTermLines,
  parseTermsCsv,
  readTermsFile,
} from '@/lib/kits/bulk-terms';

const defaults = { category: 'custom', severity: 'warn' } as const;

describe('bulk term entry', () => {
  it('one term per line: trims, skips blanks and comments, keeps one of each', () => {
    const { terms, problems } = parseTermLines(
      'damn\n\n  heck  \r\n# a comment\nDamn\n傻逼\n' + 'x'.repeat(101),
      defaults,
    );
    expect(terms.map((t) => t.term)).toEqual(['damn', 'heck', '傻逼']);
    expect(terms[0]).toEqual({ term: 'damn', category: 'custom', severity: 'warn' });
    expect(problems).toEqual([
      { line: 7, message: { en: 'longer than 100 characters', zh: '超过 100 个字符' } },
    ]);
  });

  it('CSV cells with quotes, commas and line breaks; problems name the line a record starts on', () => {
    // Every row has the header's two cells (a short row is reported, see import-text.test.ts).
    const csv = 'term,suggestions\n"b,c","say ""hi""\nthere"\nloud,\n';
    expect(parseTermsCsv(csv, { category: 'custom', severity: 'warn' }).terms).toEqual([
      { term: 'b,c', category: 'custom', severity: 'warn', suggestions: ['say "hi"\nthere'] },
      { term: 'loud', category: 'custom', severity: 'warn' },
    ]);
    expect(
      parseTermsCsv('term\nok\n"never closed\n', { category: 'custom', severity: 'warn' }).problems,
    ).toEqual([
      { line: 3, message: { en: 'a quoted cell is never closed', zh: '引号中的单元格没有结束引号' } },
    ]);
  });

  it('CSV with a header in any order, lists split on |, bad rows reported by line', () => {
    const csv =
      'severity,term,category,suggestions,allow contexts\nblock,damn,profanity,darn|dang,\nwarn,第一,advertising-law,领先,第一次|第一名\nloud,oops,custom,,\n,fine,,,\n';
    const { terms, problems } = parseTermsCsv(csv, defaults);
    expect(terms).toEqual([
      { term: 'damn', category: 'profanity', severity: 'block', suggestions: ['darn', 'dang'] },
      {
        term: '第一',
        category: 'advertising-law',
        severity: 'warn',
        suggestions: ['领先'],
        allowContexts: ['第一次', '第一名'],
      },
      { term: 'fine', category: 'custom', severity: 'warn' },
    ]);
    expect(problems).toEqual([
      {
        line: 4,
        message: {
          en: expect.stringContaining('unknown severity "loud"'),
          zh: expect.stringContaining('未知级别“loud”'),
        },
      },
    ]);
    for (const term of terms) expect(bannedTermSchema().safeParse(term).success).toBe(true);
  });

  it('CSV without a header uses the documented column order; an empty term is a problem', () => {
    const { terms, problems } = parseTermsCsv('\uFEFFdamn,profanity,block\n,custom,info\n', defaults);
    expect(terms).toEqual([{ term: 'damn', category: 'profanity', severity: 'block' }]);
    expect(problems.map((p) => p.line)).toEqual([2]);
  });

  it('merging keeps existing entries and adds only new terms', () => {
    const existing = [{ term: 'Damn', category: 'profanity', severity: 'block' }] as const;
    const { terms, added } = mergeTerms(
      [...existing],
      [
        { term: 'damn', ...defaults },
        { term: 'heck', ...defaults },
      ],
    );
    expect(added).toBe(1);
    expect(terms.map((t) => t.term)).toEqual(['Damn', 'heck']);
  });
});

describe('terms CSV files', () => {
  it('are decoded from bytes: invalid UTF-8 named by offset, GBK read with a notice', async () => {
    const { readTermsFile } = await import('@/lib/kits/bulk-terms');
    const defaults = { category: 'custom' as const, severity: 'warn' as const };
    expect(readTermsFile(new Uint8Array([0x74, 0x65, 0x72, 0x6d, 0x0a, 0x61, 0xff]), defaults)).toEqual({
      terms: [],
      problems: [
        {
          line: 1,
          message: {
            en: 'The file is not valid UTF-8 at byte 6; save it as UTF-8.',
            zh: '文件不是有效的 UTF-8（第 6 字节），请另存为 UTF-8。',
          },
        },
      ],
    });
    // "term\n傻逼\n" in GBK.
    const gbk = readTermsFile(
      new Uint8Array([0x74, 0x65, 0x72, 0x6d, 0x0a, 0xc9, 0xb5, 0xb1, 0xc6, 0x0a]),
      defaults,
    );
    expect(gbk.terms.map((t) => t.term)).toEqual(['傻逼']);
    expect(gbk.problems[0].message.en).toContain('GB18030');
  });

  it('over 5 MB are refused before decoding, the message naming the limit', () => {
    // The limit as a literal: a test built from the constant would follow it to any size.
    expect(MAX_TERMS_FILE_BYTES).toBe(5_242_880);
    const defaults = { category: 'custom' as const, severity: 'warn' as const };
    // Bytes that are not valid UTF-8 nor GBK: only the size check can have produced the first error.
    const tooLarge = readTermsFile(new Uint8Array(5_242_881).fill(0xff), defaults);
    expect(tooLarge).toEqual({
      terms: [],
      problems: [
        {
          line: 1,
          message: {
            en: `The file is 5 MB; at most ${MAX_TERMS_FILE_BYTES / 1024 / 1024} MB can be imported.`,
            zh: `文件大小为 5 MB，导入上限为 ${MAX_TERMS_FILE_BYTES / 1024 / 1024} MB。`,
          },
        },
      ],
    });
    // Exactly 5 MB passes the size check and fails on encoding instead.
    const atLimit = readTermsFile(new Uint8Array(5_242_880).fill(0xff), defaults);
    expect(atLimit.problems[0].message.en).toContain('not valid UTF-8');
  });
});
