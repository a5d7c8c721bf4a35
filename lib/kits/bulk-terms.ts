import { parseCsv } from '../csv';
/**
 * Bulk entry of banned terms: a pasted one-term-per-line list, or a CSV file
 * (term,category,severity,suggestions,allowContexts; lists inside a cell separated by "|").
 */
import { BannedTerm, SEVERITIES, TERM_CATEGORIES, type Severity } from '@/lib/engine';

type Category = (typeof TERM_CATEGORIES)[number];

export interface BulkProblem {
  line: number;
  message: string;
}
export interface BulkResult {
  terms: BannedTerm[];
  problems: BulkProblem[];
}

/** One term per line; blank lines and lines starting with # are skipped; duplicates are kept once. */
export function parseTermLines(text: string, defaults: { category: Category; severity: Severity }): BulkResult {
  const seen = new Set<string>();
  const terms: BannedTerm[] = [];
  const problems: BulkProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const term = raw.trim();
    if (!term || term.startsWith('#')) return;
    if (term.length > 100) return problems.push({ line: index + 1, message: 'longer than 100 characters' });
    const key = term.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ term, category: defaults.category, severity: defaults.severity });
  });
  return { terms, problems };
}


const COLUMNS = ['term', 'category', 'severity', 'suggestions', 'allowcontexts'] as const;

/** CSV with an optional header row (any order of the known columns); without one, columns are in the order above. */
export function parseTermsCsv(text: string, defaults: { category: Category; severity: Severity }): BulkResult {
  const terms: BannedTerm[] = [];
  const problems: BulkProblem[] = [];
  const parsed = parseCsv(text, ',');
  if (!parsed.ok) return { terms, problems: [{ line: parsed.error.line, message: parsed.error.code === 'csv.unclosedQuote' ? 'a quoted cell is never closed' : 'text after a closing quote' }] };
  const records = parsed.records.filter((r) => r.fields.some((c) => c.trim() !== ''));
  if (!records.length) return { terms, problems };
  const rows = records.map((r) => r.fields);
  const header = rows[0].map((c) => c.trim().toLowerCase().replace(/[\s_-]/g, ''));
  const hasHeader = header.includes('term');
  const index = (name: (typeof COLUMNS)[number]) => (hasHeader ? header.indexOf(name) : COLUMNS.indexOf(name));
  const list = (cell: string | undefined) => (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
  records.slice(hasHeader ? 1 : 0).forEach(({ fields: row, line }) => {
    const cell = (name: (typeof COLUMNS)[number]) => (index(name) >= 0 ? row[index(name)]?.trim() : undefined);
    const category = (cell('category') || defaults.category) as Category;
    const severity = (cell('severity') || defaults.severity) as Severity;
    if (!TERM_CATEGORIES.includes(category)) return problems.push({ line, message: `unknown category "${category}" (${TERM_CATEGORIES.join(', ')})` });
    if (!SEVERITIES.includes(severity)) return problems.push({ line, message: `unknown severity "${severity}" (${SEVERITIES.join(', ')})` });
    const suggestions = list(cell('suggestions'));
    const allowContexts = list(cell('allowcontexts'));
    const candidate: BannedTerm = {
      term: cell('term') ?? '',
      category,
      severity,
      ...(suggestions.length ? { suggestions } : {}),
      ...(allowContexts.length ? { allowContexts } : {}),
    };
    const parsed = BannedTerm.safeParse(candidate);
    if (!parsed.success) return problems.push({ line, message: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'term'}: ${issue.message}`).join('; ') });
    terms.push(parsed.data);
  });
  return { terms, problems };
}

/** Adds terms not already in the list (same text, case-insensitive); returns the merged list and how many were new. */
export function mergeTerms(existing: readonly BannedTerm[], incoming: readonly BannedTerm[]): { terms: BannedTerm[]; added: number } {
  const seen = new Set(existing.map((t) => t.term.toLowerCase()));
  const terms = [...existing];
  for (const term of incoming) {
    if (seen.has(term.term.toLowerCase())) continue;
    seen.add(term.term.toLowerCase());
    terms.push(term);
  }
  return { terms, added: terms.length - existing.length };
}
