import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import type { QueueReport } from '@/lib/community/queue-report';
import { queueReportToCsv } from '@/lib/community/queue-report';
import { uiLocale, useT } from '../../../shared/i18n';
import { BarChart } from '../charts/BarChart';
import { ColumnChart } from '../charts/ColumnChart';
import { CSV_TYPE, downloadText } from '../download';
import { formatDayKey, formatDuration, formatNumber, platformLabel, SERIES_COLOURS } from '../format';
import { Section, type SectionProps } from './Section';

// Community care in the Reports tab: of the comments answered in the period, the share answered within each
// platform's response target, what waits now, and the backlog by day (from the reply queue, not the log).

export function ReplyQueueSection({ report, fileStem }: SectionProps) {
  const t = useT();
  const locale = uiLocale.value;
  const [data, setData] = useState<QueueReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { from, to } = report.period;
  useEffect(() => {
    let current = true;
    send('community.report', { from, to }).then(
      (result) => current && setData(result),
      (failure: unknown) => current && setError(String(failure)),
    );
    return () => {
      current = false;
    };
  }, [from, to]);
  if (error) return <Section id="reply-queue" title={t('community.report.title')} summary={error} />;
  if (!data) return null;
  const answered = data.rows.filter((r) => r.answered > 0);
  return (
    <Section
      id="reply-queue"
      title={t('community.report.title')}
      summary={
        data.answered > 0
          ? t('community.report.summary', {
              pct: formatNumber(locale, data.pct ?? 0),
              answered: data.answered,
              within: data.withinTarget,
            })
          : t('community.report.none')
      }
    >
      {answered.length > 0 && (
        <BarChart
          testId="chart-reply-queue"
          caption={t('community.report.withinTarget')}
          summary={answered
            .map((r) => `${platformLabel(t, r.platform)}: ${formatNumber(locale, r.pct ?? 0)}%`)
            .join('; ')}
          locale={locale}
          categories={answered.map((r) => platformLabel(t, r.platform))}
          series={[
            {
              label: t('community.report.withinTarget'),
              colour: SERIES_COLOURS[2],
              values: answered.map((r) => r.pct ?? 0),
            },
          ]}
        />
      )}
      {data.backlog.length > 0 && (
        <ColumnChart
          testId="chart-reply-backlog"
          caption={t('community.report.backlog')}
          summary={data.backlog.map((p) => `${p.day}: ${p.waiting}`).join('; ')}
          locale={locale}
          categories={data.backlog.map((p) => formatDayKey(locale, p.day))}
          series={[
            {
              label: t('community.report.waiting'),
              colour: SERIES_COLOURS[1],
              values: data.backlog.map((p) => p.waiting),
            },
          ]}
        />
      )}
      {data.rows.length > 0 && (
        <div className="rep-table rep-scroll">
        <table data-testid="table-reply-queue">
          <caption>{t('community.report.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.platform')}</th>
              <th scope="col" className="rep-num">{t('community.report.col.answered')}</th>
              <th scope="col" className="rep-num">{t('community.report.withinTarget')}</th>
              <th scope="col" className="rep-num">{t('community.report.col.target')}</th>
              <th scope="col" className="rep-num">{t('community.report.waiting')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.platform} data-testid="reply-queue-row" data-platform={r.platform} data-pct={r.pct ?? ''}>
                <th scope="row">{platformLabel(t, r.platform)}</th>
                <td className="rep-num">{formatNumber(locale, r.answered)}</td>
                <td className="rep-num">
                  {r.pct === undefined ? '—' : `${formatNumber(locale, r.pct)}% (${formatNumber(locale, r.withinTarget)})`}
                </td>
                <td className="rep-num">{formatDuration(t, locale, r.targetMs)}</td>
                <td className="rep-num">{formatNumber(locale, r.waiting)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <button
        type="button"
        className="rep-noprint"
        data-testid="export-reply-queue-csv"
        onClick={() => downloadText(queueReportToCsv(data), `${fileStem}-reply-queue.csv`, CSV_TYPE)}
      >
        {t('reports.export.csv')}
      </button>
    </Section>
  );
}
