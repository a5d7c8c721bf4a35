// Table sorting for the report tables: stable, numbers numerically, text by the UI language's collation
// (so Chinese sorts by pinyin under zh-CN), missing values always last.
export type SortDirection = 'asc' | 'desc';

export function sortRows<Row, K extends keyof Row>(
  rows: readonly Row[],
  key: K,
  direction: SortDirection = 'asc',
  locale = 'en',
): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[key];
      const y = b.row[key];
      const xMissing = x === undefined || x === null;
      const yMissing = y === undefined || y === null;
      if (xMissing || yMissing) return xMissing === yMissing ? a.index - b.index : xMissing ? 1 : -1;
      let order: number;
      if (typeof x === 'number' && typeof y === 'number') order = x - y;
      else if (Array.isArray(x) && Array.isArray(y)) order = collator.compare(x.join(', '), y.join(', '));
      else order = collator.compare(String(x), String(y));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}
