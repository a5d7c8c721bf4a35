import { parseCsv } from '../csv';
import { decodeImportBytes } from '../import-text';
/**
 * Bulk entry of banned terms: a pasted one-term-per-line list, or a CSV file
 * (term,category,severity,suggestions,allowContexts; lists inside a cell separated by "|").
 */
import { bannedTermSchema, type BannedTerm, SEVERITIES, TERM_CATEGORIES, type Severity } from '@/lib/engine';

type Category = (typeof TERM_CATEGORIES)[number];

export interface BulkProblem {
  line: number;
  /** Shown in the UI language: both are always given. */
  message: { en: string; zh: string };
}
export interface BulkResult {
  terms: BannedTerm[];
  problems: BulkProblem[];
}

/** One term per line; blank lines and lines starting with # are skipped; duplicates are kept once. */
export function parseTermLines(
  text: string,
  defaults: { category: Category; severity: Severity },
): BulkResult {
  const seen = new Set<string>();
  const terms: BannedTerm[] = [];
  const problems: BulkProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const term = raw.trim();
    if (!term || term.startsWith('#')) return;
    if (term.length > 100)
      return problems.push({
        line: index + 1,
        message: { en: 'longer than 100 characters', zh: '超过 100 个字符' },
      });
    const key = term.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ term, category: defaults.category, severity: defaults.severity });
  });
  return { terms, problems };
}

/** The fields a schema problem names (the validator's own wording is English-only, so only the names are shown). */
const fields = (issues: readonly { path: readonly PropertyKey[] }[]) =>
  [...new Set(issues.map((issue) => issue.path.join('.') || 'term'))].join(', ');

const COLUMNS = ['term', 'category', 'severity', 'suggestions', 'allowcontexts'] as const;

/** CSV with an optional header row (any order of the known columns); without one, columns are in the order above. */
export function parseTermsCsv(
  text: string,
  defaults: { category: Category; severity: Severity },
): BulkResult {
  const terms: BannedTerm[] = [];
  const problems: BulkProblem[] = [];
  const parsed = parseCsv(text, ',');
  if (!parsed.ok)
    return {
      terms,
      problems: [
        {
          line: parsed.error.line,
          message:
            parsed.error.code === 'csv.unclosedQuote'
              ? { en: 'a quoted cell is never closed', zh: '引号中的单元格没有结束引号' }
              : { en: 'text after a closing quote', zh: '结束引号后还有文字' },
        },
      ],
    };
  const records = parsed.records.filter((r) => r.fields.some((c) => c.trim() !== ''));
  if (!records.length) return { terms, problems };
  const rows = records.map((r) => r.fields);
  const header = rows[0].map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s_-]/g, ''),
  );
  const hasHeader = header.includes('term');
  const index = (name: (typeof COLUMNS)[number]) =>
    hasHeader ? header.indexOf(name) : COLUMNS.indexOf(name);
  const list = (cell: string | undefined) =>
    (cell ?? '')
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean);
  records.slice(hasHeader ? 1 : 0).forEach(({ fields: row, line }) => {
    // A row with missing or extra cells is misaligned (a term with a comma, unquoted): named, not guessed at.
    if (hasHeader && row.length !== rows[0].length) {
      return problems.push({
        line,
        message: {
          en: `${row.length} columns where the header has ${rows[0].length}; the row is not imported`,
          zh: `此行有 ${row.length} 列，而表头有 ${rows[0].length} 列；此行不导入`,
        },
      });
    }
    const cell = (name: (typeof COLUMNS)[number]) =>
      index(name) >= 0 ? row[index(name)]?.trim() : undefined;
    const category = (cell('category') || defaults.category) as Category;
    const severity = (cell('severity') || defaults.severity) as Severity;
    if (!TERM_CATEGORIES.includes(category))
      return problems.push({
        line,
        message: {
          en: `unknown category "${category}" (${TERM_CATEGORIES.join(', ')})`,
          zh: `未知分类“${category}”（可用：${TERM_CATEGORIES.join('、')}）`,
        },
      });
    if (!SEVERITIES.includes(severity))
      return problems.push({
        line,
        message: {
          en: `unknown severity "${severity}" (${SEVERITIES.join(', ')})`,
          zh: `未知级别“${severity}”（可用：${SEVERITIES.join('、')}）`,
        },
      });
    const suggestions = list(cell('suggestions'));
    const allowContexts = list(cell('allowcontexts'));
    const candidate: BannedTerm = {
      term: cell('term') ?? '',
      category,
      severity,
      ...(suggestions.length ? { suggestions } : {}),
      ...(allowContexts.length ? { allowContexts } : {}),
    };
    const parsed = bannedTermSchema().safeParse(candidate);
    if (!parsed.success)
      return problems.push({
        line,
        message: {
          en: `invalid ${fields(parsed.error.issues)}`,
          zh: `字段无效：${fields(parsed.error.issues)}`,
        },
      });
    terms.push(parsed.data);
  });
  return { terms, problems };
}

/** Adds terms not already in the list (same text, case-insensitive); returns the merged list and how many were new. */
export function mergeTerms(
  existing: readonly BannedTerm[],
  incoming: readonly BannedTerm[],
): { terms: BannedTerm[]; added: number } {
  const seen = new Set(existing.map((t) => t.term.toLowerCase()));
  const terms = [...existing];
  for (const term of incoming) {
    if (seen.has(term.term.toLowerCase())) continue;
    seen.add(term.term.toLowerCase());
    terms.push(term);
  }
  return { terms, added: terms.length - existing.length };
}

/** Larger term files are refused before decoding (50,000 terms with suggestions is about 3 MB). */
export const MAX_TERMS_FILE_BYTES = 5 * 1024 * 1024;

/** A terms CSV file's bytes: decoded (UTF-8, or GB18030 with a notice), then parsed; problems in both languages. */
export function readTermsFile(
  bytes: Uint8Array,
  defaults: { category: Category; severity: Severity },
): BulkResult {
  const decoded = decodeImportBytes(bytes, MAX_TERMS_FILE_BYTES);
  if (!decoded.ok) return { terms: [], problems: [{ line: 1, message: decoded.message }] };
  const result = parseTermsCsv(decoded.text, defaults);
  return decoded.notice
    ? { ...result, problems: [{ line: 1, message: decoded.notice }, ...result.problems] }
    : result;
}
