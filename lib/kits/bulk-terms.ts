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

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const COLUMNS = ['term', 'category', 'severity', 'suggestions', 'allowcontexts'] as const;

/** CSV with an optional header row (any order of the known columns); without one, columns are in the order above. */
export function parseTermsCsv(text: string, defaults: { category: Category; severity: Severity }): BulkResult {
  const rows = parseCsvRows(text.replace(/^\uFEFF/, ''));
  const terms: BannedTerm[] = [];
  const problems: BulkProblem[] = [];
  if (!rows.length) return { terms, problems };
  const header = rows[0].map((c) => c.trim().toLowerCase().replace(/[\s_-]/g, ''));
  const hasHeader = header.includes('term');
  const index = (name: (typeof COLUMNS)[number]) => (hasHeader ? header.indexOf(name) : COLUMNS.indexOf(name));
  const list = (cell: string | undefined) => (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
  rows.slice(hasHeader ? 1 : 0).forEach((row, i) => {
    const line = i + (hasHeader ? 2 : 1);
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
