import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { fetchTeamReport, type TeamReportAnswer } from '@/lib/team/report-client';
import { teamConnectionItem } from '@/lib/team/team-state-items';
import type { TeamFigures } from '@/lib/team/team-report';
import type { MessageKey } from '@/lib/i18n';
import { useIntlLocale, useT } from '../../../shared/i18n';
import { formatDuration, formatNumber, formatPercent } from '../format';
import { Section } from './Section';

// The team scope of the Reports tab (team mode only): the same period for every member, from the team server's
// report — posts, replies, response times, findings, overrides, and what only a team has: posts published
// without review and the reviewers' turnaround. Nothing is shown, and nothing is asked, without a team.

const PROBLEM: Record<Exclude<TeamReportAnswer, { ok: true }>['problem'], MessageKey> = {
  'not-connected': 'reports.team.notConnected',
  forbidden: 'reports.team.forbidden',
  down: 'reports.team.down',
  refused: 'reports.team.refused',
};

const NUMERIC_COLUMNS: MessageKey[] = [
  'reports.team.posts',
  'reports.team.replies',
  'reports.team.medianResponse',
  'reports.team.withinTarget',
  'reports.team.caught',
  'reports.team.overrides',
  'reports.team.withoutReview',
];

/** Whether this browser is in a team (the section and its link in the section navigation show only then). */
export function useTeamConnected(): boolean {
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    void teamConnectionItem.getValue().then((stored) => setConnected(stored !== null));
  }, []);
  return connected;
}

export function TeamSection({ from, to }: { from: number; to: number }) {
  const t = useT();
  const locale = useIntlLocale();
  const connected = useTeamConnected();
  const [answer, setAnswer] = useState<TeamReportAnswer | null>(null);
  // Everyone the reports have named so far (a narrowed report names only the members shown, so the list to choose
  // from is kept, not replaced), and the reader's choice: null = the whole team.
  const [roster, setRoster] = useState<string[]>([]);
  const [shown, setShown] = useState<ReadonlySet<string> | null>(null);
  const nobodyShown = shown !== null && shown.size === 0;
  useEffect(() => {
    if (!connected || nobodyShown) return;
    let current = true;
    setAnswer(null);
    const members = shown ? [...shown].sort() : undefined;
    void fetchTeamReport(browser.storage.local, { from, to, members }).then((a) => {
      if (!current) return;
      setAnswer(a);
      if (a.ok) setRoster((known) => mergeRoster(known, a.report.members));
    });
    return () => {
      current = false;
    };
  }, [connected, from, to, shown, nobodyShown]);
  if (!connected) return null;

  const toggle = (member: string, on: boolean) => {
    const next = new Set(shown ?? roster);
    if (on) next.add(member);
    else next.delete(member);
    setShown(roster.every((m) => next.has(m)) ? null : next);
  };

  const row = (label: string, f: TeamFigures, key: string) => (
    <tr key={key} data-testid="team-report-row" data-member={key}>
      <th scope="row">{label}</th>
      <td className="rep-num">{formatNumber(locale, f.posts)}</td>
      <td className="rep-num">{formatNumber(locale, f.replies)}</td>
      <td className="rep-num">{formatDuration(t, locale, f.responses.medianMs ?? undefined)}</td>
      <td className="rep-num">
        {formatPercent(locale, f.responses.withinTargetPct ?? undefined, t('reports.duration.unknown'))}
      </td>
      <td className="rep-num">{formatNumber(locale, f.findings.caught)}</td>
      <td className="rep-num">{formatNumber(locale, f.overrides)}</td>
      <td className="rep-num">{formatNumber(locale, f.publishedWithoutReview)}</td>
    </tr>
  );

  const report = answer?.ok ? answer.report : null;
  return (
    <Section
      id="team"
      title={t('reports.team.title')}
      summary={
        report
          ? t('reports.team.summary', {
              count: report.members.length,
              decided: report.reviews.decided,
              pending: report.reviews.pending,
              turnaround: formatDuration(t, locale, report.reviews.medianTurnaroundMs ?? undefined),
            })
          : undefined
      }
    >
      {roster.length > 1 && (
        <fieldset className="rep-team-filter" data-testid="team-report-members">
          <legend>{t('reports.team.filter')}</legend>
          {roster.map((member) => (
            <label key={member}>
              <input
                type="checkbox"
                data-testid="team-report-member"
                data-member={member}
                checked={shown === null || shown.has(member)}
                onChange={(e) => toggle(member, e.currentTarget.checked)}
              />{' '}
              {member}
            </label>
          ))}
        </fieldset>
      )}
      {nobodyShown && (
        <p className="ob-muted" role="status" data-testid="team-report-none">
          {t('reports.team.filterNone')}
        </p>
      )}
      {!nobodyShown && answer === null && (
        <p className="ob-muted" role="status" data-testid="team-report-loading">
          {t('reports.loading')}
        </p>
      )}
      {!nobodyShown && answer && !answer.ok && (
        <p className="ob-muted" role="status" data-testid="team-report-problem" data-problem={answer.problem}>
          {t(PROBLEM[answer.problem])}
        </p>
      )}
      {!nobodyShown && report && (
        <table className="rep-table" data-testid="team-report">
          <thead>
            <tr>
              <th scope="col">{t('reports.team.member')}</th>
              {NUMERIC_COLUMNS.map((key) => (
                <th scope="col" className="rep-num" key={key}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{report.members.map((m) => row(m, report.byMember[m], m))}</tbody>
          <tfoot>{row(t(shown ? 'reports.team.selected' : 'reports.team.everyone'), report.team, '*')}</tfoot>
        </table>
      )}
    </Section>
  );
}

/** The members named so far plus the newly named ones, sorted (the report names them in the server's order). */
function mergeRoster(known: readonly string[], named: readonly string[]): string[] {
  const all = new Set([...known, ...named]);
  return all.size === known.length ? (known as string[]) : [...all].sort();
}
