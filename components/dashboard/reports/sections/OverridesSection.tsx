import { REPORT_TABLES } from '@/lib/records/reports/tables';
import { useT } from '../../../shared/i18n';
import { ruleLabel } from '../format';
import { SortableTable } from '../SortableTable';
import { Section, type SectionProps } from './Section';

/** Blocked posts published anyway: the reasons people gave (grouped), the rules, and every override. */
export function OverridesSection({ report, fileStem }: SectionProps) {
  const t = useT();
  const { overrides } = report;
  return (
    <Section id="overrides" title={t('reports.overrides.title')} summary={t('reports.overrides.summary', { count: overrides.rows.length })}>
      {overrides.rows.length > 0 && (
        <div className="rep-columns">
          <div>
            <h4>{t('reports.overrides.topReasons')}</h4>
            <ol data-testid="override-reasons">
              {overrides.byReason.slice(0, 8).map((r) => (
                <li key={r.reason}><span>{r.reason}</span> <span className="ob-muted">× {r.count}</span></li>
              ))}
            </ol>
          </div>
          <div>
            <h4>{t('reports.overrides.byRule')}</h4>
            <ol>
              {overrides.byRule.slice(0, 8).map((r) => (
                <li key={r.ruleId}><span>{ruleLabel(t, r.ruleId)}</span> <span className="ob-muted">× {r.count}</span></li>
              ))}
            </ol>
          </div>
        </div>
      )}
      <SortableTable table={REPORT_TABLES.overrides} report={report} fileStem={fileStem} limit={20} />
    </Section>
  );
}
