import { REPORT_TABLES } from '@/lib/records/reports/tables';
import { uiLocale, useT } from '../../../shared/i18n';
import { LineChart } from '../charts/LineChart';
import { formatNumber, platformLabel, SERIES_COLOURS } from '../format';
import { SortableTable } from '../SortableTable';
import { Section, type SectionProps } from './Section';

const CHARTED_POSTS = 5;

/** Engagement per post (latest counts and growth), with the most liked posts' growth drawn over time. */
export function EngagementSection({ report, fileStem }: SectionProps) {
  const t = useT();
  const locale = uiLocale.value;
  const { posts, totals } = report.engagement;
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
        posts: posts.length,
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
      <SortableTable table={REPORT_TABLES.engagement} report={report} fileStem={fileStem} />
    </Section>
  );
}
