import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import { useT } from '../../shared/i18n';
import { SectionNav } from '../../shared/SectionNav';
import { EmptyState } from '../reports/EmptyState';
import { LogSettings } from '../reports/LogSettings';
import { localDay } from '../reports/period-choice';
import { ReportControls } from '../reports/ReportControls';
import { ReportExports } from '../reports/ReportExports';
import { ReportSummary } from '../reports/ReportSummary';
import { CadenceSection } from '../reports/sections/CadenceSection';
import { CrisisSection } from '../reports/sections/CrisisSection';
import { PauseSection } from '../reports/sections/PauseSection';
import { EngagementSection } from '../reports/sections/EngagementSection';
import { FeedbackSection } from '../reports/sections/FeedbackSection';
import { FindingsSection } from '../reports/sections/FindingsSection';
import { OverridesSection } from '../reports/sections/OverridesSection';
import { ResponsesSection } from '../reports/sections/ResponsesSection';
import { ReplyQueueSection } from '../reports/sections/ReplyQueueSection';
import { TeamSection, useTeamConnected } from '../reports/sections/TeamSection';
import { TemplatesSection } from '../reports/sections/TemplatesSection';
import { useReport } from '../reports/useReport';
import { initialReportRequest, type ReportRequest } from '../reports/report-request';
import type { Report } from '@/lib/records/reports/report';
import '../reports/reports.css';

/** Nothing at all in the period: no post, plan, reply, finding, override, engagement or tagged comment. */
function isEmpty(report: Report): boolean {
  return (
    report.cadence.total.posted === 0 &&
    report.cadence.total.planned === 0 &&
    report.responses.replies === 0 &&
    report.findings.totals.checks === 0 &&
    report.overrides.rows.length === 0 &&
    report.engagement.postCount === 0 &&
    report.feedback.total === 0 &&
    report.templates.length === 0
  );
}

/**
 * Reports over the activity log for a chosen period and platforms, every table sortable and exportable, a
 * print view (print to PDF), and the log's settings. `#reports/90` opens the last 90 days.
 */
export function ReportsTab() {
  const t = useT();
  const inTeam = useTeamConnected();
  const [request, setRequest] = useState<ReportRequest>(() => initialReportRequest(location.hash));
  const { state, reload } = useReport(request);
  const [count, setCount] = useState<number | null>(null);
  const [countGeneration, setCountGeneration] = useState(0);
  // The count and the log settings wait for the first report: on a large log they would compete with it in
  // the worker and delay what the user opened the tab for.
  const settled = state.status !== 'loading' || state.report !== undefined;
  useEffect(() => {
    if (settled)
      void send('records.count', {}).then(
        ({ count }) => setCount(count),
        () => undefined,
      );
  }, [countGeneration, settled]);
  const refresh = () => {
    reload();
    setCountGeneration((g) => g + 1);
  };

  const report = state.report;
  const fileStem = report
    ? `onbrand-${localDay(report.period.from)}_${localDay(report.period.to)}`
    : 'onbrand';
  return (
    <section data-testid="reports-tab" className="rep">
      <header className="rep-noprint">
        <h2>{t('dash.tab.reports')}</h2>
        <p className="ob-muted">{t('dash.reports.intro')}</p>
        {count !== null && <p data-testid="records-total">{t('dash.reports.total', { count })}</p>}
      </header>
      <ReportControls request={request} onChange={setRequest} />
      <div className="rep-toolbar rep-noprint">
        <button type="button" data-testid="report-refresh" onClick={refresh}>
          {t('reports.refresh')}
        </button>
        <ReportExports report={state.status === 'ready' ? report : undefined} fileStem={fileStem} />
      </div>
      {state.status === 'loading' && (
        <p className="ob-muted rep-noprint" role="status" data-testid="report-loading">
          {t('reports.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <p className="rep-error" role="alert" data-testid="report-error">
          {t('reports.error', { error: state.error })}
        </p>
      )}
      {state.status === 'ready' && (
        <div
          className="rep-body"
          data-testid="report-ready"
          data-from={report?.period.from}
          data-to={report?.period.to}
        >
          <ReportSummary report={state.report} generatedAt={state.generatedAt} />
          <SectionNav
            label={t('reports.nav.label')}
            testId="report-nav"
            className="rep-noprint"
            targets={[
              { id: 'rep-summary-title', label: t('reports.nav.summary') },
              { id: 'rep-crisis', label: t('reports.crisis.title') },
              { id: 'rep-pauses', label: t('pause.report.title') },
              { id: 'rep-cadence', label: t('reports.cadence.title') },
              { id: 'rep-responses', label: t('reports.responses.title') },
              { id: 'rep-reply-queue', label: t('community.report.title') },
              { id: 'rep-templates', label: t('reports.templates.title') },
              { id: 'rep-findings', label: t('reports.findings.title') },
              { id: 'rep-overrides', label: t('reports.overrides.title') },
              { id: 'rep-engagement', label: t('reports.engagement.title') },
              { id: 'rep-feedback', label: t('reports.feedback.title') },
              ...(inTeam ? [{ id: 'rep-team', label: t('reports.team.title') }] : []),
              { id: 'rep-log-settings', label: t('records.settings.title') },
            ]}
          />
          {isEmpty(state.report) && (
            <EmptyState
              testId="report-empty"
              text={t('reports.empty.next')}
              action={{ href: '#calendar', label: t('reports.empty.planAction') }}
            />
          )}
          <CrisisSection report={state.report} fileStem={fileStem} />
          <PauseSection report={state.report} fileStem={fileStem} />
          <CadenceSection report={state.report} fileStem={fileStem} />
          <ResponsesSection report={state.report} fileStem={fileStem} />
          <ReplyQueueSection report={state.report} fileStem={fileStem} />
          <TemplatesSection report={state.report} fileStem={fileStem} />
          <FindingsSection report={state.report} fileStem={fileStem} />
          <OverridesSection report={state.report} fileStem={fileStem} />
          <EngagementSection report={state.report} fileStem={fileStem} />
          <FeedbackSection report={state.report} fileStem={fileStem} />
          <TeamSection from={state.report.period.from} to={state.report.period.to} />
        </div>
      )}
      {settled && <LogSettings total={count} onChanged={refresh} />}
    </section>
  );
}
