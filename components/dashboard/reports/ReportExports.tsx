import { useState } from 'react';
import { send } from '@/lib/messaging/client';
import type { Report } from '@/lib/records/reports/report';
import { reportToJson } from '@/lib/records/reports/tables';
import { useT } from '../../shared/i18n';
import { CSV_TYPE, downloadText, JSON_TYPE } from './download';

/** Whole-report JSON, the period's raw records as CSV or JSON, and the print view. */
export function ReportExports(props: { report: Report | undefined; fileStem: string }) {
  const t = useT();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const { report, fileStem } = props;

  const exportRecords = async (format: 'csv' | 'json') => {
    if (!report) return;
    const { from, to, platforms } = report.period;
    try {
      const { text, count } = await send('records.export', { from, to, platforms: platforms ? [...platforms] : undefined, format });
      downloadText(text, `${fileStem}-records.${format}`, format === 'csv' ? CSV_TYPE : JSON_TYPE);
      setNotice({ ok: true, text: t('reports.export.done', { count }) });
    } catch (error) {
      setNotice({ ok: false, text: t('reports.export.failed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <div className="rep-exports rep-noprint" role="group" aria-label={t('reports.export.title')}>
      <span className="ob-muted">{t('reports.export.title')}:</span>
      <button type="button" data-testid="export-report-json" disabled={!report} onClick={() => report && downloadText(reportToJson(report), `${fileStem}-report.json`, JSON_TYPE)}>
        {t('reports.export.report')}
      </button>
      <button type="button" data-testid="export-records-csv" disabled={!report} onClick={() => void exportRecords('csv')}>{t('reports.export.recordsCsv')}</button>
      <button type="button" data-testid="export-records-json" disabled={!report} onClick={() => void exportRecords('json')}>{t('reports.export.recordsJson')}</button>
      <button type="button" className="ob-primary" data-testid="report-print" disabled={!report} onClick={() => window.print()}>{t('reports.print')}</button>
      {notice && (
        <span role="status" data-testid="export-status" className={notice.ok ? 'rep-ok' : 'rep-error'}>{notice.text}</span>
      )}
    </div>
  );
}
