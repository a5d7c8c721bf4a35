import { useMemo, useState } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { CsvCell } from '@/lib/records/csv';
import type { Report } from '@/lib/records/reports/report';
import { sortRows, type SortDirection } from '@/lib/records/reports/sort';
import { reportTableToCsv, type ReportTable } from '@/lib/records/reports/tables';
import { useT } from '../../shared/i18n';
import { uiLocale } from '../../shared/i18n';
import { formatLocalDate } from '@/lib/i18n/format';
import { CSV_TYPE, downloadText } from './download';
import { categoryLabel, formatDateTime, formatNumber, platformLabel, ruleLabel, tagLabel, isWebUrl } from './format';

/** Rows shown before "show all": big tables (a year of days × platforms) stay fast; the CSV has every row. */
const DEFAULT_LIMIT = 50;

type Cells = Record<string, CsvCell> & { __row: number };

/**
 * One of the report's tables (lib/records/reports/tables.ts): click a header to sort by it (again to reverse);
 * the CSV button exports exactly these columns, every row. Platform and tag cells show (and sort by) their
 * names in the UI language.
 */
export function SortableTable<Row>(props: {
  table: ReportTable<Row>;
  report: Report;
  fileStem: string;
  limit?: number;
  /** When `report` carries only the table's first rows: the rows there are, and how to get them all (sort, show all, CSV). */
  partial?: { total: number; loadAll(): Promise<Report> };
}) {
  const t = useT();
  const locale = uiLocale.value;
  const { table, report } = props;
  const [sort, setSort] = useState<{ column: number; direction: SortDirection } | null>(null);
  const [showAll, setShowAll] = useState(false);
  const rows = useMemo(() => table.rows(report), [table, report]);

  const labelled = (header: string, value: CsvCell): CsvCell => {
    if (typeof value !== 'string') return value;
    if (header === 'reports.col.platform') return platformLabel(t, value);
    if (header === 'reports.col.tag') return tagLabel(t, value);
    return value;
  };
  const cells = useMemo(
    () =>
      rows.map((row, i) => {
        const out: Cells = { __row: i };
        table.columns.forEach((c, ci) => (out[`c${ci}`] = labelled(c.header, c.value(row))));
        return out;
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, table, locale],
  );
  const sorted = useMemo(
    () => (sort ? sortRows(cells, `c${sort.column}`, sort.direction, locale) : cells),
    [cells, sort, locale],
  );
  const limit = props.limit ?? DEFAULT_LIMIT;
  const visible = showAll ? sorted : sorted.slice(0, limit);
  const title = t(table.title as MessageKey);

  const { partial } = props;
  const total = partial?.total ?? rows.length;
  /** Every row first, where the report came with the first ones only; the report prop then carries them all. */
  const complete = async () => (partial ? partial.loadAll() : report);

  const onHeader = async (column: number) => {
    await complete();
    setSort((s) => (s?.column === column ? { column, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' }));
  };

  const exportCsv = async () =>
    downloadText(reportTableToCsv(await complete(), table, (key) => t(key as MessageKey)), `${props.fileStem}-${table.id}.csv`, CSV_TYPE);

  // Some tables hold platform ids, others names already.
  const platformName = (value: string) => {
    const label = platformLabel(t, value);
    return label === `platform.${value}` ? value : label;
  };
  // A column of numbers is right-aligned, its header too (each number sits under its own header).
  const numeric = table.columns.map((_, ci) => sorted.some((row) => typeof row[`c${ci}`] === 'number'));
  const render = (ci: number, value: CsvCell) => {
    const column = table.columns[ci];
    if (value === undefined || value === null || value === '') return column.header === 'reports.col.adherence' ? t('reports.adherence.none') : '';
    if (column.time && typeof value === 'number') return formatDateTime(locale, value);
    if (typeof value === 'number') return formatNumber(locale, value);
    // Ids become words in the UI (the CSV export keeps the ids).
    if (typeof value === 'string') {
      // A day is kept as 'YYYY-MM-DD' (it sorts so, and the CSV keeps it); it reads as a date with its weekday.
      if (column.header === 'reports.col.day' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatLocalDate(locale, value, 'short');
      if (column.header === 'reports.col.platform') return platformName(value);
      if (column.header === 'reports.col.platforms') return value.split(' ').filter(Boolean).map(platformName).join(', ');
      if (column.header === 'reports.col.category') return categoryLabel(t, value);
      if (column.header === 'reports.col.rule') return ruleLabel(t, value);
      if (column.header === 'reports.col.rules') return value.split(' ').filter(Boolean).map((r) => ruleLabel(t, r)).join(', ');
      if (column.header === 'reports.col.severity') return t(`kit.severity.${value}` as MessageKey);
    }
    if (column.header === 'reports.col.url' && typeof value === 'string' && isWebUrl(value)) {
      return <a href={value} target="_blank" rel="noreferrer" data-testid={`link-${table.id}`}>{value.replace(/^https?:\/\//, '').slice(0, 48)}</a>;
    }
    return String(value);
  };

  return (
    <div className="rep-table" data-testid={`table-${table.id}`}>
      <div className="rep-table-head">
        <h4>{title}</h4>
        <button
          type="button"
          className="rep-noprint"
          data-testid={`export-table-${table.id}`}
          aria-label={t('reports.export.tableCsvLabel', { table: title })}
          onClick={() => void exportCsv()}
        >
          {t('reports.export.tableCsv')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="ob-muted">{t('reports.table.empty')}</p>
      ) : (
        <div className="rep-scroll">
          <table>
            <thead>
              <tr>
                {table.columns.map((c, ci) => {
                  const direction = sort?.column === ci ? sort.direction : undefined;
                  return (
                    <th
                      key={c.header}
                      scope="col"
                      className={numeric[ci] ? 'rep-num' : undefined}
                      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
                    >
                      <button
                        type="button"
                        data-testid={`sort-${table.id}-${ci}`}
                        title={t(direction === 'asc' ? 'reports.sort.desc' : 'reports.sort.asc')}
                        onClick={() => void onHeader(ci)}
                      >
                        {t(c.header as MessageKey)}
                        <span aria-hidden="true">{direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <tr key={row.__row}>
                  {table.columns.map((c, ci) => (
                    <td key={c.header} className={typeof row[`c${ci}`] === 'number' ? 'rep-num' : undefined}>{render(ci, row[`c${ci}`])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!showAll && total > limit && (
        <p className="ob-muted rep-more">
          {t('reports.table.showing', { shown: limit, count: total })}{' '}
          <button
            type="button"
            className="rep-noprint"
            data-testid={`show-all-${table.id}`}
            onClick={() => void complete().then(() => setShowAll(true))}
          >
            {t('reports.table.showAll', { count: total })}
          </button>
        </p>
      )}
    </div>
  );
}
