import { useRef, useState } from 'react';
import { REPORT_TABLES } from '@/lib/records/reports/tables';
import type { Report } from '@/lib/records/reports/report';
import { uiLocale, useT } from '../../../shared/i18n';
import { LineChart } from '../charts/LineChart';
import { formatNumber, platformLabel, SERIES_COLOURS } from '../format';
import { SortableTable } from '../SortableTable';
import { ENGAGEMENT_FIRST_ROWS, withAllEngagement } from '../report-request';
import { Section, type SectionProps } from './Section';

const CHARTED_POSTS = 5;

/** Engagement per post (latest counts and growth), with the most liked posts' growth drawn over time. */
export function EngagementSection({ report, fileStem }: SectionProps) {
  const t = useT();
  const locale = uiLocale.value;
  const { posts, postCount, totals } = report.engagement;
  // The report comes with the first rows; every row is fetched once the table needs them (sorted, shown, exported).
  const [complete, setComplete] = useState<{ of: Report; report: Report } | null>(null);
  const loading = useRef<{ of: Report; report: Promise<Report> } | null>(null);
  const full = complete?.of === report ? complete.report : null;
  const loadAll = () => {
    if (loading.current?.of !== report) {
      const of = report;
      const pending = withAllEngagement(of);
      loading.current = { of, report: pending };
      pending.then(
        (all) => setComplete({ of, report: all }),
        () => (loading.current = null),
      );
    }
    return loading.current.report;
  };
  // Posts come most-liked first from the report.
  const charted = posts.filter((p) => p.series.some((s) => s.counts.likes !== undefined)).slice(0, CHARTED_POSTS);
  const series = charted.map((p, i) => ({
    label: `${platformLabel(t, p.platform)} ${p.postId}`,
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
    points: p.series.filter((s) => s.counts.likes !== undefined).map((s) => ({ at: s.at, value: s.counts.likes ?? 0 })),
  }));
  return (
    <Section
      id="engagement"
      title={t('reports.engagement.title')}
      summary={t('reports.engagement.summary', {
        posts: postCount,
        likes: formatNumber(locale, totals.likes ?? 0),
        replies: formatNumber(locale, totals.replies ?? 0),
        views: formatNumber(locale, totals.views ?? 0),
      })}
    >
      {series.length > 0 && (
        <LineChart
          testId="chart-engagement"
          caption={t('reports.chart.engagement', { count: series.length })}
          summary={charted.map((p) => `${p.postId}: ${p.latest.likes ?? 0} (+${p.growth.likes ?? 0})`).join('; ')}
          locale={locale}
          series={series}
        />
      )}
      <SortableTable
        table={REPORT_TABLES.engagement}
        report={full ?? report}
        fileStem={fileStem}
        limit={ENGAGEMENT_FIRST_ROWS}
        partial={full || posts.length >= postCount ? undefined : { total: postCount, loadAll }}
      />
    </Section>
  );
}
