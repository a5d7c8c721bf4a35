import { useState, type ReactNode } from 'react';

/**
 * Fixed-height rows, only the visible ones (plus a few) in the DOM: a 50,000-term list scrolls and filters
 * without lag. No dependency: rows of one height need nothing more than this.
 */
export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  height: number;
  renderRow: (item: T, index: number) => ReactNode;
  testId: string;
  label: string;
}) {
  const { items, rowHeight, height } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const overscan = 6;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={i} role="listitem" className="kit-vrow" style={{ top: i * rowHeight, height: rowHeight }}>
        {props.renderRow(items[i], i)}
      </div>,
    );
  }
  return (
    <div
      className="kit-vlist"
      role="list"
      aria-label={props.label}
      data-testid={props.testId}
      data-count={items.length}
      style={{ height: Math.min(height, Math.max(items.length, 1) * rowHeight + 2) }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
