import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import type { RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import type { MessageKey } from '@/lib/i18n';
import { PLATFORM_IDS } from '@/lib/platforms';
import { SEGMENTS } from '@/lib/community/members/segments';
import { useIntlLocale, useT } from '../../shared/i18n';
import { formatDateTime, platformLabel, tagLabel } from '../reports/format';
import { CSV_TYPE, downloadText, JSON_TYPE } from '../reports/download';

// The member book: search, filters by platform/segment/tag, sort, each member's last comment, CSV/JSON export.
// The background filters the whole book and sends one page of rows.

type Query = Omit<RequestOf<'community.members'>, 'limit'>;
type Page = ResponseOf<'community.members'>;
const SORTS = ['lastSeen', 'firstSeen', 'comments', 'repliesReceived', 'handle'] as const;
const TAGS = ['praise', 'complaint', 'question', 'suggestion', 'crisis'] as const;

export function MembersTab() {
  const t = useT();
  const locale = useIntlLocale();
  const [query, setQuery] = useState<Query>({});
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    send('community.members', { ...query, limit: 200 }).then(
      (result) => current && (setPage(result), setError(null)),
      (failure: unknown) => current && setError(String(failure)),
    );
    return () => {
      current = false;
    };
  }, [query]);
  const set = (patch: Partial<Query>) => setQuery((q) => ({ ...q, ...patch }));
  const exportAs = async (format: 'csv' | 'json') => {
    const { text } = await send('community.members.export', { ...query, format });
    downloadText(text, `onbrand-members.${format}`, format === 'csv' ? CSV_TYPE : JSON_TYPE);
  };
  return (
    <section data-testid="members-tab">
      <h2>{t('dash.tab.members')}</h2>
      <p className="ob-muted">{t('members.intro')}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0' }}>
        <input
          type="search"
          data-testid="members-search"
          placeholder={t('members.search')}
          aria-label={t('members.search')}
          value={query.search ?? ''}
          onChange={(e) => set({ search: e.target.value || undefined })}
        />
        <select
          data-testid="members-platform"
          aria-label={t('members.platform.all')}
          value={query.platform ?? ''}
          onChange={(e) => set({ platform: (e.target.value || undefined) as Query['platform'] })}
        >
          <option value="">{t('members.platform.all')}</option>
          {PLATFORM_IDS.map((id) => (
            <option key={id} value={id}>
              {platformLabel(t, id)}
            </option>
          ))}
        </select>
        <select
          data-testid="members-segment"
          aria-label={t('members.segment.all')}
          value={query.segment ?? ''}
          onChange={(e) => set({ segment: (e.target.value || undefined) as Query['segment'] })}
        >
          <option value="">{t('members.segment.all')}</option>
          {SEGMENTS.map((id) => (
            <option key={id} value={id}>
              {t(`members.segment.${id}` as MessageKey)}
            </option>
          ))}
        </select>
        <select
          data-testid="members-tag"
          aria-label={t('members.col.tags')}
          value={query.tag ?? ''}
          onChange={(e) => set({ tag: e.target.value || undefined })}
        >
          <option value="">{t('members.col.tags')}</option>
          {TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {tagLabel(t, tag)}
            </option>
          ))}
        </select>
        <label>
          {t('members.sort')}{' '}
          <select
            data-testid="members-sort"
            value={query.sort ?? 'lastSeen'}
            onChange={(e) => set({ sort: e.target.value as Query['sort'] })}
          >
            {SORTS.map((id) => (
              <option key={id} value={id}>
                {t(`members.sort.${id}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="members-export-csv" onClick={() => void exportAs('csv')}>
          {t('members.export.csv')}
        </button>
        <button type="button" data-testid="members-export-json" onClick={() => void exportAs('json')}>
          {t('members.export.json')}
        </button>
      </div>
      {error && (
        <p role="alert" data-testid="members-error">
          {error}
        </p>
      )}
      {page && (
        <p data-testid="members-count" data-matched={page.matched}>
          {t('members.count', { matched: page.matched, total: page.total, ms: Math.round(page.ms) })}
        </p>
      )}
      {page && page.total === 0 && <p data-testid="members-empty">{t('members.empty')}</p>}
      {page && page.rows.length > 0 && (
        <table data-testid="members-table">
          <thead>
            <tr>
              <th>{t('members.col.member')}</th>
              <th>{t('members.col.segment')}</th>
              <th>{t('members.col.lastSeen')}</th>
              <th>{t('members.col.comments')}</th>
              <th>{t('members.col.replies')}</th>
              <th>{t('members.col.tags')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {page.rows.map((m) => (
              <tr key={m.id} data-testid="member-row" data-segment={m.segment} data-handle={m.handle}>
                <td>
                  {m.displayName ?? m.handle}{' '}
                  <span className="ob-muted">({platformLabel(t, m.platform)})</span>
                  {m.notes && <div className="ob-muted">{m.notes}</div>}
                </td>
                <td>{t(`members.segment.${m.segment}` as MessageKey)}</td>
                <td>{formatDateTime(locale, m.lastSeen)}</td>
                <td>{m.comments}</td>
                <td>{m.repliesReceived}</td>
                <td>{m.tags.map((tag) => tagLabel(t, tag)).join(', ')}</td>
                <td>
                  {m.lastCommentUrl && (
                    <a
                      href={m.lastCommentUrl}
                      target="_blank"
                      rel="noreferrer"
                      data-testid="member-open-last"
                    >
                      {t('members.openLast')}
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
