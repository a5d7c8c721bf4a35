import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { commenterAt, commentersWatched, type Commenter } from '@/lib/community/commenters';
import { memberCardLoader } from '@/lib/community/member-card';
import { birthdayLabel } from '@/lib/community/members/birthday';
import type { MemberRow } from '@/lib/community/members/query';
import type { MessageKey } from '@/lib/i18n';
import { send } from '@/lib/messaging/client';
import { useIntlLocale, useT } from '../shared/i18n';
import { formatDay, platformLabel, tagLabel } from '../dashboard/reports/format';
import { isDarkAround } from './dark-mode';
import { useRectOf } from './useRectOf';
import { trusted } from './trusted';

// The member card: hovering a commenter's name in a thread the reply queue tracks (or focusing it) shows, after
// a short delay, what the member book knows of them — in the assistant's closed shadow root, from one runtime
// message keyed by the name the manager hovered. Only trusted pointer, focus and key events count: a page can
// neither open it nor read it. Keyboard: focus the name (Tab), the card opens; Alt+M moves into it, Escape
// closes it. Listeners exist only while the page has a tracked thread (commenters.ts).

const SHOW_DELAY_MS = 400;
const HIDE_DELAY_MS = 300;
const LAYER = 2147483001;
const WIDTH = 280;
const HOST = 'ONBRAND-ASSISTANT';

const loadCard = memberCardLoader((request) => send('community.members.card', request));

interface Shown {
  name: Element;
  commenter: Commenter;
  row: MemberRow | null;
  dark: boolean;
}

const frameStyle: CSSProperties = {
  position: 'fixed',
  zIndex: LAYER,
  width: WIDTH,
  boxSizing: 'border-box',
  background: 'var(--bg)',
  color: 'var(--fg)',
  border: '1px solid var(--border)',
  borderRadius: 10,
  boxShadow: 'var(--shadow)',
  padding: '10px 12px',
  fontSize: 12,
};
const SEGMENT_COLOURS: Record<MemberRow['segment'], string> = {
  new: 'var(--info)',
  active: 'var(--ok)',
  silent: 'var(--warn)',
  churned: 'var(--muted)',
};

function Card({
  shown,
  onClose,
  openRef,
}: {
  shown: Shown;
  onClose(): void;
  openRef: React.Ref<HTMLButtonElement>;
}) {
  const t = useT();
  const locale = useIntlLocale();
  const rect = useRectOf(shown.name);
  if (!rect || rect.bottom < 0 || rect.top > innerHeight) return null;
  const { row, commenter } = shown;
  const below = rect.bottom + 250 < innerHeight;
  const place = {
    left: Math.max(8, Math.min(rect.left, innerWidth - WIDTH - 8)),
    ...(below ? { top: rect.bottom + 6 } : { bottom: Math.max(8, innerHeight - rect.top + 6) }),
  };
  const name = row?.displayName ?? row?.handle ?? commenter.author;
  const line = (label: MessageKey, value: string, testId: string) => (
    <div style={{ display: 'flex', gap: 8 }}>
      <dt style={{ color: 'var(--muted)', minWidth: 72 }}>{t(label)}</dt>
      <dd style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <div className="ob-root" data-theme={shown.dark ? 'dark' : 'light'}>
      <div
        role="dialog"
        aria-label={t('community.card.label', { name })}
        data-testid="member-card"
        data-segment={row?.segment ?? ''}
        style={{ ...frameStyle, ...place }}
      >
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 6, flexWrap: 'wrap' }}>
          <strong data-testid="member-card-name">{name}</strong>
          {row?.displayName && row.displayName !== row.handle && (
            <span style={{ color: 'var(--muted)' }}>@{row.handle}</span>
          )}
          <span style={{ color: 'var(--muted)' }} data-testid="member-card-platform">
            {platformLabel(t, commenter.platform)}
          </span>
          {row && (
            <span
              data-testid="member-card-segment"
              style={{
                marginInlineStart: 'auto',
                padding: '0 8px',
                borderRadius: 999,
                color: '#fff',
                background: SEGMENT_COLOURS[row.segment],
              }}
            >
              {t(`members.segment.${row.segment}` as MessageKey)}
            </span>
          )}
        </div>
        {!row ? (
          <p style={{ margin: '6px 0 0' }} data-testid="member-card-unknown">
            {t('community.card.unknown')}
          </p>
        ) : (
          <>
            <dl style={{ margin: '6px 0', display: 'grid', gap: 2 }}>
              {line('community.card.firstSeen', formatDay(locale, row.firstSeen), 'member-card-first')}
              {line('community.card.lastSeen', formatDay(locale, row.lastSeen), 'member-card-last')}
            </dl>
            <p style={{ margin: '0 0 6px' }} data-testid="member-card-counts">
              {t('community.card.comments', { count: row.comments })} ·{' '}
              {t('community.card.replies', { count: row.repliesReceived })}
            </p>
            <dl style={{ margin: '0 0 6px', display: 'grid', gap: 2 }}>
              {row.tags.length > 0 &&
                line(
                  'community.card.tags',
                  row.tags.map((tag) => tagLabel(t, tag)).join(', '),
                  'member-card-tags',
                )}
              {row.notes && line('community.card.notes', row.notes, 'member-card-notes')}
              {row.birthday &&
                line('community.card.birthday', birthdayLabel(locale, row), 'member-card-birthday')}
            </dl>
            <button
              ref={openRef}
              type="button"
              data-testid="member-card-open"
              style={{
                borderRadius: 6,
                border: '1px solid var(--accent)',
                background: 'transparent',
                color: 'var(--accent)',
                padding: '2px 10px',
              }}
              onClick={trusted(() => {
                void send('community.members.open', {
                  platform: commenter.platform,
                  handle: commenter.author,
                });
                onClose();
              })}
            >
              {t('community.card.open')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/** Mounted once in the overlay; renders and listens to nothing on pages without a tracked thread. */
export function MemberCard() {
  useSignals();
  const watched = commentersWatched.value;
  const [shown, setShown] = useState<Shown | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const shownRef = useRef<Shown | null>(null);
  shownRef.current = shown;
  useEffect(() => {
    if (!watched) {
      setShown(null);
      return;
    }
    const controller = new AbortController();
    let showTimer: ReturnType<typeof setTimeout> | undefined;
    let hideTimer: ReturnType<typeof setTimeout> | undefined;
    let pending: Element | null = null;
    /** The name whose card Escape closed: focus returning to it does not open the card again. */
    let dismissed: Element | null = null;
    const hideSoon = () => {
      clearTimeout(hideTimer);
      if (shownRef.current) hideTimer = setTimeout(() => setShown(null), HIDE_DELAY_MS);
    };
    const consider = (event: Event) => {
      if (!event.isTrusted) return;
      // Our own shadow host: the pointer or focus is on the card (or a chip); the card stays.
      if ((event.target as Element | null)?.tagName === HOST) return clearTimeout(hideTimer);
      const found = commenterAt(event.composedPath());
      if (found?.name !== dismissed) dismissed = null;
      else if (found) return;
      if (!found) {
        pending = null;
        clearTimeout(showTimer);
        return hideSoon();
      }
      clearTimeout(hideTimer);
      if (found.name === pending || found.name === shownRef.current?.name) return;
      pending = found.name;
      clearTimeout(showTimer);
      showTimer = setTimeout(() => {
        void loadCard(found.commenter.platform, found.commenter.author).then(
          (row) => {
            if (pending !== found.name || controller.signal.aborted) return;
            pending = null;
            setShown({
              name: found.name,
              commenter: found.commenter,
              row,
              dark: isDarkAround(found.comment),
            });
          },
          () => (pending = null),
        );
      }, SHOW_DELAY_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted || !shownRef.current) return;
      if (event.key === 'Escape') {
        const { name } = shownRef.current;
        dismissed = name;
        setShown(null);
        // From inside the card (Alt+M), focus goes back to the name it describes, once the card is gone.
        if (document.activeElement?.tagName === HOST && name instanceof HTMLElement)
          setTimeout(() => name.focus({ preventScroll: true }), 0);
      } else if (event.altKey && event.code === 'KeyM' && openRef.current) {
        event.preventDefault();
        openRef.current.focus();
      }
    };
    const options = { capture: true, passive: true, signal: controller.signal };
    document.addEventListener('pointerover', consider, options);
    document.addEventListener('focusin', consider, { capture: true, signal: controller.signal });
    document.addEventListener('keydown', onKey, { capture: true, signal: controller.signal });
    return () => {
      controller.abort();
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
    };
  }, [watched]);
  if (!shown) return null;
  return <Card shown={shown} openRef={openRef} onClose={() => setShown(null)} />;
}
