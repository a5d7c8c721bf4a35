import type { TemplateFinding } from '@/lib/templates';
import { uiLocale, useT } from '../../shared/i18n';
import { platformLabel } from './labels';

/** What the brand-kit check found in a saved template, or that it is clean. */
export function CheckResults({ findings }: { findings: TemplateFinding[] | null }) {
  const t = useT();
  const zh = uiLocale.value === 'zh-CN';
  if (findings === null)
    return (
      <p className="ob-muted" data-testid="template-check-pending">
        {t('tpl.check.unavailable')}
      </p>
    );
  if (!findings.length)
    return (
      <p className="tpl-ok" data-testid="template-check-clean">
        {t('tpl.check.clean')}
      </p>
    );
  return (
    <div data-testid="template-check-findings">
      <p>{t('tpl.check.issues', { count: findings.length })}</p>
      <ul className="tpl-findings">
        {findings.map(({ finding, platform, language }, i) => (
          <li key={i} className={`tpl-finding tpl-${finding.severity}`} data-testid="template-finding">
            <span className="tpl-chip">{t(`tpl.severity.${finding.severity}`)}</span>{' '}
            <mark>{finding.text}</mark> — {zh ? finding.message.zh : finding.message.en}{' '}
            <span className="ob-muted">
              (
              {t('tpl.check.where', {
                platform: t(platformLabel(platform)),
                language: t(language === 'zh' ? 'tpl.lang.zh' : 'tpl.lang.en'),
              })}
              )
            </span>
            {finding.suggestions.length > 0 && (
              <span className="ob-muted"> → {finding.suggestions.join(' / ')}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
