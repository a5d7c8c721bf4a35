import type { Finding } from '@/lib/engine';
import { uiLocale, useT } from '../../shared/i18n';

/** Findings of a sample text, in the UI language, for the onboarding try-out and the test bench. */
export function FindingsList({ findings, testId }: { findings: readonly Finding[]; testId: string }) {
  const t = useT();
  const zh = uiLocale.value === 'zh-CN';
  const message = (finding: Finding) => (zh ? finding.message.zh : finding.message.en);
  if (!findings.length)
    return (
      <p className="kit-clean" data-testid={`${testId}-clean`}>
        {t('kit.bench.clean')}
      </p>
    );
  return (
    <ol className="kit-findings" data-testid={testId} data-count={findings.length}>
      {findings.map((finding, i) => (
        <li
          key={`${finding.ruleId}-${finding.start}-${i}`}
          className={`kit-finding sev-${finding.severity}`}
          data-testid={`${testId}-item`}
          data-rule={finding.ruleId}
        >
          <span className="kit-sev">{t(`kit.severity.${finding.severity}`)}</span>
          {/* Most messages already quote the matched text ("“damn” is on the banned list"); quote it only when not. */}
          {message(finding).includes(finding.text) ? (
            message(finding)
          ) : (
            <>
              <q>{finding.text}</q> {message(finding)}
            </>
          )}
          {finding.suggestions.length > 0 && (
            <span className="ob-muted"> → {finding.suggestions.join(' / ')}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
