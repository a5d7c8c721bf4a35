import { formatInstant } from '@/lib/i18n/format';
import { useIntlLocale, useT } from '../../../shared/i18n';
import { platformLabel, isWebUrl } from '../format';
import { Section, type SectionProps } from './Section';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The crisis pauses of the period (lib/pause): when, why, who, and every post that went out during each. */
export function PauseSection({ report }: SectionProps) {
  const t = useT();
  const locale = useIntlLocale();
  const when = (ms: number) => formatInstant(locale, ms, localZone());
  const rows = report.pauses;
  return (
    <Section
      id="pauses"
      title={t('pause.report.title')}
      summary={rows.length === 0 ? t('pause.report.none') : undefined}
    >
      {rows.length > 0 && (
        <div className="rep-scroll">
        <table data-testid="pause-report">
          <thead>
            <tr>
              <th scope="col">{t('pause.report.col.when')}</th>
              <th scope="col">{t('pause.report.col.reason')}</th>
              <th scope="col">{t('pause.report.col.who')}</th>
              <th scope="col">{t('pause.report.col.posted')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="pause-report-row" data-pause-id={row.id}>
                <td data-testid="pause-report-window">
                  {t('pause.report.window', {
                    start: when(row.startedAt),
                    end: row.endedAt === undefined ? t('pause.report.ongoing') : when(row.endedAt),
                  })}
                </td>
                <td>{row.reason}</td>
                <td>{row.by ?? '—'}</td>
                <td data-testid="pause-report-posted" data-count={row.posts.length}>
                  {t('pause.report.posted', { count: row.posts.length })}
                  {row.posts.length > 0 && (
                    <ul>
                      {row.posts.map((post) => (
                        <li key={post.id}>
                          {when(post.at)} · {platformLabel(t, post.platform)} ·{' '}
                          {isWebUrl(post.url) ? (
                            <a href={post.url} target="_blank" rel="noreferrer" data-testid="pause-report-post-link">
                              {post.url}
                            </a>
                          ) : (
                            post.url
                          )}
                          {post.overrideReason && <span className="ob-muted"> — {post.overrideReason}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </Section>
  );
}
