import { memo, useEffect, useState, type CSSProperties } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { replyTargetMs } from '@/lib/community/thread-scan';
import { replyChips, type ChipState } from '@/lib/community/reply-chips';
import { ageState } from '@/lib/community/targets';
import { ageLabel } from '@/lib/community/age-label';
import { send } from '@/lib/messaging/client';
import { useT } from '../shared/i18n';
import { useRectOf } from './useRectOf';
import { trusted } from './trusted';
import { CommentPopover, popoverFieldStyle } from './CommentPopover';

// The reply queue in the page: an age chip on each unanswered comment of the brand's post (amber near the
// target, red past it), drawn in the assistant's closed shadow root from the comment's rect, never in the
// site's DOM. A click on a chip offers "no reply needed" with a reason.

const LAYER = 2147482990;
const COLORS = { ok: '#475569', near: '#b45309', past: '#b91c1c' } as const;

const chipStyle = (age: keyof typeof COLORS): CSSProperties => ({
  position: 'fixed',
  zIndex: LAYER,
  padding: '1px 8px',
  borderRadius: 999,
  border: `1px solid ${COLORS[age]}`,
  background: age === 'ok' ? 'var(--bg)' : COLORS[age],
  color: age === 'ok' ? COLORS.ok : '#fff',
  fontSize: 11,
  lineHeight: '16px',
  boxShadow: 'var(--shadow)',
});

// Memoised: a thread change hands unchanged comments the same chip object (thread-scan.ts), so only a new or
// changed chip reads its comment's rect, instead of every chip in view forcing a layout of the grown thread.
const Chip = memo(function Chip({
  chip,
  now,
  onOpen,
}: {
  chip: ChipState;
  now: number;
  onOpen(chip: ChipState): void;
}) {
  const t = useT();
  const rect = useRectOf(chip.element);
  if (!rect || rect.height === 0 || rect.bottom < 0 || rect.top > innerHeight) return null;
  const ageMs = Math.max(0, now - chip.since);
  const age = ageState(ageMs, replyTargetMs.value);
  const urgent = chip.tag === 'complaint' || chip.tag === 'crisis';
  const label = ageLabel(t, ageMs);
  // Left of the feedback tag button, inside the comment's top-right corner.
  return (
    <button
      type="button"
      style={{
        ...chipStyle(age),
        top: Math.max(4, rect.top + 4),
        right: Math.max(8, innerWidth - rect.right + 64),
      }}
      data-testid="reply-chip"
      data-age={age}
      data-urgent={urgent}
      aria-label={t('community.chip.label', { age: label, target: ageLabel(t, replyTargetMs.value) })}
      title={urgent ? t('community.chip.urgent') : undefined}
      onClick={trusted(() => onOpen(chip))}
    >
      {urgent ? '! ' : ''}
      {label}
    </button>
  );
});

function DismissPopover({ chip, onClose }: { chip: ChipState; onClose(): void }) {
  const t = useT();
  const rect = useRectOf(chip.element);
  const [reason, setReason] = useState('');
  const anchor = rect ?? new DOMRect(innerWidth / 2, innerHeight / 3, 0, 0);
  const top = anchor.top + 130 < innerHeight ? anchor.top + 26 : Math.max(8, anchor.top - 120);
  const left = Math.min(Math.max(8, anchor.right - 280), innerWidth - 288);
  const reasonGiven = reason.trim();
  return (
    <CommentPopover
      title={t('community.chip.dismiss')}
      testId="reply-dismiss"
      place={{ top, left, width: 272, zIndex: LAYER + 2 }}
      onClose={onClose}
      cancel={{ label: t('community.chip.cancel'), testId: 'reply-dismiss-cancel' }}
      confirm={{
        label: t('community.chip.confirm'),
        testId: 'reply-dismiss-confirm',
        enabled: Boolean(reasonGiven),
        onConfirm: () =>
          void send('community.dismiss', { key: chip.key, reason: reasonGiven }).finally(onClose),
      }}
    >
      <label style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '8px 0' }}>
        <span>{t('community.chip.reason')}</span>
        <input
          data-testid="reply-dismiss-reason"
          maxLength={500}
          value={reason}
          placeholder={t('community.chip.reasonPlaceholder')}
          onChange={(event) => setReason(event.target.value)}
          style={popoverFieldStyle}
        />
      </label>
    </CommentPopover>
  );
}

/** How far outside the viewport a comment still gets its chip (scrolling shows it already placed). */
const NEAR_VIEWPORT = '200px 0px';

/** A stable React key per comment element (two comments alike in author and text share a queue key on Weibo). */
const elementIds = new WeakMap<Element, number>();
let nextElementId = 0;
function idOf(element: Element): number {
  let id = elementIds.get(element);
  if (id === undefined) elementIds.set(element, (id = nextElementId++));
  return id;
}

const isWaiting = (chip: ChipState | undefined): chip is ChipState =>
  chip !== undefined && chip.state === 'waiting';

/**
 * The waiting chips whose comments are near the viewport. An IntersectionObserver watches the waiting comments,
 * added and removed one by one as the chip book reports them (reply-chips.ts): on a thread of thousands only the
 * few on screen are laid out and rendered, and a change walks only the chips it touched.
 */
function useNearWaitingChips(): ReadonlyMap<Element, ChipState> {
  const [near, setNear] = useState<ReadonlyMap<Element, ChipState>>(() => new Map());
  useEffect(() => {
    const watcher = new IntersectionObserver(
      (entries) =>
        setNear((old) => {
          // A comment added far from view reports "not intersecting": no new map, so no render.
          const flips = entries.filter((entry) => entry.isIntersecting !== old.has(entry.target));
          if (!flips.length) return old;
          const next = new Map(old);
          for (const { target, isIntersecting } of flips) {
            const chip = replyChips.get(target);
            if (isIntersecting && isWaiting(chip)) next.set(target, chip);
            else next.delete(target);
          }
          return next;
        }),
      { rootMargin: NEAR_VIEWPORT },
    );
    const observed = new Set<Element>();
    const apply = (set: readonly ChipState[], removed: readonly Element[]) => {
      const gone: Element[] = [...removed];
      for (const chip of set)
        if (chip.state !== 'waiting') gone.push(chip.element);
        else if (!observed.has(chip.element)) {
          observed.add(chip.element);
          watcher.observe(chip.element);
        }
      for (const element of gone) if (observed.delete(element)) watcher.unobserve(element);
      // Chips already near the viewport take their new state (or leave); the rest wait for the observer.
      setNear((old) => {
        const touched = set.filter((chip) => old.has(chip.element));
        const left = gone.filter((element) => old.has(element));
        if (!touched.length && !left.length) return old;
        const next = new Map(old);
        for (const chip of touched) if (isWaiting(chip)) next.set(chip.element, chip);
        for (const element of left) next.delete(element);
        return next;
      });
    };
    apply(replyChips.all(), []);
    const unsubscribe = replyChips.subscribe(apply);
    return () => {
      unsubscribe();
      watcher.disconnect();
    };
  }, []);
  return near;
}

/** Mounted once in the overlay; renders nothing on pages that are not the brand's posts. */
export function ReplyAgeChips() {
  useSignals();
  const [now, setNow] = useState(Date.now);
  const [open, setOpen] = useState<ChipState | null>(null);
  const near = useNearWaitingChips();
  const any = near.size > 0;
  useEffect(() => {
    if (!any) return;
    // Ages move on while the page stays open: amber turns red without a reload.
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [any]);
  const openChip = open && near.get(open.element);
  return (
    <>
      {[...near.values()].map((chip) => (
        <Chip key={idOf(chip.element)} chip={chip} now={now} onOpen={setOpen} />
      ))}
      {openChip && openChip.key === open.key && (
        <DismissPopover chip={openChip} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
