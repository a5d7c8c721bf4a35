import type { ReactNode } from 'react';

/** One report section: a heading, a one-line reading of it, then charts and tables. */
export function Section(props: { id: string; title: string; summary?: ReactNode; children?: ReactNode }) {
  return (
    <section className="rep-section" data-testid={`section-${props.id}`} aria-labelledby={`rep-${props.id}`}>
      <h3 id={`rep-${props.id}`}>{props.title}</h3>
      {props.summary !== undefined && <p className="rep-summary" data-testid={`summary-${props.id}`}>{props.summary}</p>}
      {props.children}
    </section>
  );
}

/** What every section receives. */
export interface SectionProps {
  report: import('@/lib/records/reports/report').Report;
  /** File name stem for this period's exports, e.g. onbrand-2025-04-01_2025-06-30. */
  fileStem: string;
}
