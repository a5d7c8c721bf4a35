import { useEffect, useRef, useState } from 'react';
import type { RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import type { MessageKey } from '@/lib/i18n';
import { PLATFORM_IDS } from '@/lib/platforms';
import { SEGMENTS } from '@/lib/community/members/segments';
import { useIntlLocale, useT } from '../../shared/i18n';
import { formatDateTime, platformLabel, tagLabel } from '../reports/format';
import { CSV_TYPE, downloadText, JSON_TYPE } from '../reports/download';
import { CareSettings } from './CareSettings';
import { ReminderSettings } from './ReminderSettings';
import { exportMembers, readMembers } from './member-source';
import { TeamBookNote } from './TeamBookNote';
import { MemberEditor } from './MemberEditor';
import { birthdayLabel } from '@/lib/community/members/birthday';
import { PlatformId } from '@/lib/platforms/schema';

// The member book: search, filters by platform/segment/tag, sort, each member's last comment, CSV/JSON export.
// The tab reads the book straight from IndexedDB (member-source.ts): through its indexes, the counts and one page
// of rows; the table is windowed (only the rows in view are in the DOM) and asks for the page under the scroll
// position when it is not loaded yet.

type Query = Omit<RequestOf<'community.members'>, 'limit' | 'offset'>;
type Page = ResponseOf<'community.members'>;
type Row = Page['rows'][number];
const PAGE = 200;
const ROW_PX = 40;
const VIEW_ROWS = 15;
const OVERSCAN = 5;
const SORTS = ['lastSeen', 'firstSeen', 'comments', 'repliesReceived', 'handle'] as const;
const TAGS = ['praise', 'complaint', 'question', 'suggestion', 'crisis'] as const;

/**
 * The opening filter from the address: `#members/new` (the welcome reminder for several newcomers) is that segment;
 * `#members/<platform>:<handle>` (the in-page card's "Open in Members") is the book filtered to that member.
 */
function queryFromHash(): Query {
  const [, id] = location.hash.slice(1).split('/');
  if (!id) return {};
  if ((SEGMENTS as readonly string[]).includes(id)) return { segment: id as Query['segment'] };
  const member = decodeURIComponent(id);
  const colon = member.indexOf(':');
  const platform = PlatformId.safeParse(member.slice(0, colon));
  return platform.success ? { platform: platform.data, search: member.slice(colon + 1) } : {};
}

export function MembersTab() {
  const t = useT();
  const locale = useIntlLocale();
  const [query, setQuery] = useState<Query>(queryFromHash);
  const [editing, setEditing] = useState<Row | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Loaded rows by page number, for the current query. */
  const [pages, setPages] = useState<ReadonlyMap<number, Row[]>>(new Map());
  const [scrollTop, setScrollTop] = useState(0);
  const asked = useRef(new Set<number>());
  const view = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    asked.current = new Set([0]);
    readMembers({ ...query, limit: PAGE }).then(
      (result) => {
        if (!current) return;
        setPage(result);
        setPages(new Map([[0, result.rows]]));
        setError(null);
        setScrollTop(0);
        if (view.current) view.current.scrollTop = 0;
      },
      (failure: unknown) => current && setError(String(failure)),
    );
    return () => {
      current = false;
    };
  }, [query]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(page?.matched ?? 0, Math.ceil(scrollTop / ROW_PX) + VIEW_ROWS + OVERSCAN);
  useEffect(() => {
    if (!page) return;
    for (let n = Math.floor(first / PAGE); n * PAGE < last; n++) {
      if (asked.current.has(n)) continue;
      asked.current.add(n);
      const askedFor = asked.current;
      void readMembers({ ...query, limit: PAGE, offset: n * PAGE }).then(
        (result) => askedFor === asked.current && setPages((old) => new Map(old).set(n, result.rows)),
        (failure: unknown) => setError(String(failure)),
      );
    }
  }, [first, last, page, query]);
  const visible: Array<{ index: number; row: Row | undefined }> = [];
  for (let i = first; i < last; i++)
    visible.push({ index: i, row: pages.get(Math.floor(i / PAGE))?.[i % PAGE] });
  const set = (patch: Partial<Query>) => setQuery((q) => ({ ...q, ...patch }));
  const exportAs = async (format: 'csv' | 'json') => {
    const { text } = await exportMembers({ ...query, format });
    downloadText(text, `onbrand-members.${format}`, format === 'csv' ? CSV_TYPE : JSON_TYPE);
  };
  return (
    <section data-testid="members-tab">
      <h2>{t('dash.tab.members')}</h2>
      <p className="ob-muted">{t('members.intro')}</p>
      <TeamBookNote />
      <CareSettings onSaved={() => setQuery((q) => ({ ...q }))} />
      <ReminderSettings />
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
      {editing && (
        <MemberEditor
          key={editing.id}
          member={editing}
          onClose={() => setEditing(null)}
          onSaved={(row) => {
            setEditing(null);
            setSaved(t('members.edit.saved', { name: row.displayName ?? row.handle }));
            // The table reads the book again: the row shows its notes, birthday and tags, the tag filter its index.
            setQuery((q) => ({ ...q }));
            setTimeout(() => savedRef.current?.focus(), 0);
          }}
        />
      )}
      {saved && (
        <p ref={savedRef} tabIndex={-1} role="status" data-testid="member-edit-saved">
          {saved}
        </p>
      )}
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
      {page && page.total > 0 && (
        <p className="ob-muted" data-testid="members-segment-counts">
          {SEGMENTS.map((id) => (
            <button
              key={id}
              type="button"
              data-testid={`members-segment-count-${id}`}
              data-count={page.segments[id]}
              aria-pressed={query.segment === id}
              onClick={() => set({ segment: query.segment === id ? undefined : id })}
              style={{ marginInlineEnd: 12 }}
            >
              {t('members.segmentCount', {
                segment: t(`members.segment.${id}` as MessageKey),
                count: page.segments[id],
              })}
            </button>
          ))}
        </p>
      )}
      {page && page.total === 0 && <p data-testid="members-empty">{t('members.empty')}</p>}
      {page && page.matched > 0 && (
        <div
          ref={view}
          data-testid="members-window"
          tabIndex={0}
          aria-label={t('members.window')}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          style={{ maxHeight: ROW_PX * VIEW_ROWS, overflowY: 'auto', position: 'relative' }}
        >
          <table
            data-testid="members-table"
            aria-rowcount={page.matched + 1}
            style={{ tableLayout: 'fixed', width: '100%' }}
          >
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
              {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_PX }} />}
              {visible.map(({ index, row: m }) =>
                !m ? (
                  <tr key={`loading-${index}`} aria-rowindex={index + 2} style={{ height: ROW_PX }}>
                    <td colSpan={7} className="ob-muted">
                      …
                    </td>
                  </tr>
                ) : (
                  <tr
                    key={m.id}
                    data-testid="member-row"
                    data-segment={m.segment}
                    data-handle={m.handle}
                    aria-rowindex={index + 2}
                    style={{ height: ROW_PX }}
                  >
                    <td style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
                      {m.displayName ?? m.handle}{' '}
                      <span className="ob-muted">({platformLabel(t, m.platform)})</span>
                      {m.notes && (
                        <span className="ob-muted" data-testid="member-notes">
                          {' '}
                          · {m.notes}
                        </span>
                      )}
                      {m.birthday && (
                        <span className="ob-muted" data-testid="member-birthday">
                          {' '}
                          · {t('members.birthdayShort', { date: birthdayLabel(locale, m) })}
                        </span>
                      )}
                    </td>
                    <td>{t(`members.segment.${m.segment}` as MessageKey)}</td>
                    <td>{formatDateTime(locale, m.lastSeen)}</td>
                    <td>{m.comments}</td>
                    <td>{m.repliesReceived}</td>
                    <td>{m.tags.map((tag) => tagLabel(t, tag)).join(', ')}</td>
                    <td>
                      <button
                        type="button"
                        data-testid="member-edit"
                        aria-label={t('members.edit.label', { name: m.displayName ?? m.handle })}
                        onClick={() => {
                          setSaved(null);
                          setEditing(m);
                        }}
                      >
                        {t('members.edit')}
                      </button>{' '}
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
                ),
              )}
              {last < page.matched && (
                <tr aria-hidden="true" style={{ height: (page.matched - last) * ROW_PX }} />
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
