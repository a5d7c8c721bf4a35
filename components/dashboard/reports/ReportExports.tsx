import { useRef, useState } from 'react';
import { send } from '@/lib/messaging/client';
import { recordsToCsv, recordsToJson } from '@/lib/records/export';
import type { Report } from '@/lib/records/reports/report';
import { reportToJson } from '@/lib/records/reports/tables';
import { useT } from '../../shared/i18n';
import { CSV_TYPE, downloadText, JSON_TYPE } from './download';
import { fetchInPages } from './paged-export';
import { withAllEngagement } from './report-request';

type Progress = { done: number; total: number };

/**
 * Whole-report JSON, the period's raw records as CSV or JSON, and the print view. The records come from the
 * background in pages of records, so a big export shows how far it is and a Cancel takes hold within a page.
 */
export function ReportExports(props: { report: Report | undefined; fileStem: string }) {
  const t = useT();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const cancelRef = useRef(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const { report, fileStem } = props;

  const exportRecords = async (format: 'csv' | 'json') => {
    if (!report || progress) return;
    const { from, to, platforms } = report.period;
    cancelRef.current = false;
    const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setNotice(null);
    setProgress({ done: 0, total: 1 });
    // Keyboard users land on Cancel: Enter or Space stops the export.
    requestAnimationFrame(() => cancelButton.current?.focus());
    try {
      const query = { from, to, platforms: platforms ? [...platforms] : undefined };
      // Counted first (keys only, cheap), so progress is in records however they bunch in time.
      const { count } = await send('records.count', { from, to });
      const records = await fetchInPages(
        count,
        (after) => send('records.export', { ...query, after }),
        (done, total) => setProgress({ done, total }),
        () => cancelRef.current,
      );
      if (!records) {
        setNotice({ ok: true, text: t('reports.export.cancelled') });
        return;
      }
      // 100% is drawn before the file is written (a big one takes a moment).
      for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      const text = format === 'csv' ? recordsToCsv(records) : recordsToJson(records);
      downloadText(text, `${fileStem}-records.${format}`, format === 'csv' ? CSV_TYPE : JSON_TYPE);
      setNotice({ ok: true, text: t('reports.export.done', { count: records.length }) });
    } catch (error) {
      setNotice({ ok: false, text: t('reports.export.failed', { error: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setProgress(null);
      // Cancel goes away with the progress: focus returns to the export button that started it.
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) origin?.focus();
      });
    }
  };

  const busy = progress !== null;
  const pct = progress ? (progress.total ? Math.floor((progress.done / progress.total) * 100) : 100) : 0;
  return (
    <div className="rep-exports rep-noprint" role="group" aria-label={t('reports.export.title')}>
      <span className="ob-muted">{t('reports.export.title')}:</span>
      <button
        type="button"
        data-testid="export-report-json"
        disabled={!report}
        onClick={() =>
          report && void withAllEngagement(report).then((all) => downloadText(reportToJson(all), `${fileStem}-report.json`, JSON_TYPE))
        }
      >
        {t('reports.export.report')}
      </button>
      <button type="button" data-testid="export-records-csv" disabled={!report || busy} onClick={() => void exportRecords('csv')}>{t('reports.export.recordsCsv')}</button>
      <button type="button" data-testid="export-records-json" disabled={!report || busy} onClick={() => void exportRecords('json')}>{t('reports.export.recordsJson')}</button>
      <button type="button" className="ob-primary" data-testid="report-print" disabled={!report} onClick={() => window.print()}>{t('reports.print')}</button>
      {busy && (
        <span className="rep-export-progress" data-testid="export-progress" data-pct={pct}>
          <progress max={100} value={pct} aria-label={t('reports.export.progressLabel')} />
          <span role="status">{t('reports.export.progress', { pct })}</span>
          <button
            type="button"
            ref={cancelButton}
            data-testid="export-cancel"
            onClick={() => {
              cancelRef.current = true;
            }}
          >
            {t('reports.export.cancel')}
          </button>
        </span>
      )}
      {notice && (
        <span role="status" data-testid="export-status" className={notice.ok ? 'rep-ok' : 'rep-error'}>{notice.text}</span>
      )}
    </div>
  );
}
