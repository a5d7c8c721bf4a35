import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import {
  FEEDBACK_TAGS,
  closeTagging,
  hoveredComment,
  openTagging,
  saveFeedback,
  taggedComments,
  taggingTarget,
  type FeedbackTag,
} from '@/lib/assistant/feedback';
import type { MessageKey } from '@/lib/i18n';
import { currentPause } from '@/lib/assistant/ui-state';
import { send } from '@/lib/messaging/client';
import { useT } from '../shared/i18n';
import { useRectOf } from './useRectOf';
import { trusted } from './trusted';
import { CommentPopover, popoverFieldStyle } from './CommentPopover';

// The tag button on the hovered/focused comment and the tag popover, both fixed-positioned in the assistant's
// shadow root from the comment's rect (re-measured on scroll through layoutTick). Styles are inline: the
// overlay's stylesheet belongs to the assistant entrypoint.

const TAG_LABEL: Record<FeedbackTag, MessageKey> = {
  praise: 'feedback.tag.praise',
  complaint: 'feedback.tag.complaint',
  question: 'feedback.tag.question',
  suggestion: 'feedback.tag.suggestion',
  crisis: 'feedback.tag.crisis',
};

const LAYER = 2147483000;
const buttonStyle: CSSProperties = {
  position: 'fixed',
  zIndex: LAYER,
  padding: '2px 8px',
  borderRadius: 999,
  border: '1px solid var(--border)',
  background: 'var(--bg)',
  boxShadow: 'var(--shadow)',
  fontSize: 12,
};
const chipStyle = (selected: boolean, tag: FeedbackTag): CSSProperties => ({
  borderRadius: 999,
  padding: '2px 10px',
  border: `1px solid ${tag === 'crisis' || tag === 'complaint' ? 'var(--block)' : 'var(--accent)'}`,
  background: selected
    ? tag === 'crisis' || tag === 'complaint'
      ? 'var(--block)'
      : 'var(--accent)'
    : 'transparent',
  color: selected ? '#fff' : 'inherit',
});

function TagButton({ comment }: { comment: Element }) {
  const t = useT();
  const rect = useRectOf(comment);
  if (!rect || rect.bottom < 0 || rect.top > innerHeight) return null;
  const tagged = taggedComments.value.has(comment);
  // Inside the comment's top-right corner, so moving the pointer onto it never leaves the comment.
  const top = Math.max(4, rect.top + 4);
  const right = Math.max(8, innerWidth - rect.right + 4);
  return (
    <button
      type="button"
      style={{ ...buttonStyle, top, right }}
      data-testid="feedback-tag-button"
      data-tagged={tagged}
      aria-label={t('feedback.tagButton.label')}
      onClick={trusted(() => openTagging(comment))}
    >
      {tagged ? t('feedback.tagged') : t('feedback.tagButton')}
    </button>
  );
}

function TagPopover() {
  const t = useT();
  const target = taggingTarget.value;
  const rect = useRectOf(target?.comment);
  const [tag, setTag] = useState<FeedbackTag | null>(null);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const firstChip = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setTag(null);
    setNote('');
    setSaving(false);
    firstChip.current?.focus();
  }, [target]);
  if (!target) return null;
  const anchor = rect ?? new DOMRect(innerWidth / 2, innerHeight / 3, 0, 0);
  // Below the comment when there is room, otherwise above it; always inside the viewport.
  const below = anchor.bottom + 220 < innerHeight;
  const top = below ? anchor.bottom + 6 : Math.max(8, anchor.top - 226);
  const left = Math.min(Math.max(8, anchor.right - 300), innerWidth - 308);
  const { author, text } = target.context;
  return (
    <CommentPopover
      title={t('feedback.title')}
      testId="feedback-popover"
      place={{ top, left, width: 300, zIndex: LAYER + 1 }}
      onClose={closeTagging}
      cancel={{ label: t('feedback.cancel'), testId: 'feedback-cancel' }}
      confirm={{
        label: t('feedback.save'),
        testId: 'feedback-save',
        enabled: Boolean(tag),
        busy: saving,
        onConfirm: () => {
          if (!tag) return;
          setSaving(true);
          void saveFeedback(tag, note).finally(() => setSaving(false));
        },
      }}
    >
      <p
        className="ob-muted"
        style={{
          margin: '4px 0 8px',
          fontSize: 12,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
        data-testid="feedback-comment"
      >
        {author ? t('feedback.comment', { author }) : t('feedback.comment.unknown')}
        {text ? ` — ${text}` : ''}
      </p>
      <div
        role="radiogroup"
        aria-label={t('feedback.title')}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}
      >
        {FEEDBACK_TAGS.map((option, index) => (
          <button
            key={option}
            ref={index === 0 ? firstChip : undefined}
            type="button"
            role="radio"
            aria-checked={tag === option}
            style={chipStyle(tag === option, option)}
            data-testid={`feedback-tag-${option}`}
            onClick={trusted(() => setTag(option))}
          >
            {t(TAG_LABEL[option])}
          </button>
        ))}
      </div>
      <label style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '8px 0' }}>
        <span>{t('feedback.note')}</span>
        <textarea
          data-testid="feedback-note"
          rows={2}
          maxLength={4000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          style={popoverFieldStyle}
        />
      </label>
      <PauseOffer tag={tag} />
    </CommentPopover>
  );
}

/**
 * A comment tagged as a complaint or a crisis: the crisis pause is offered. The person's own click (trusted) asks
 * the worker to open the dashboard with its pause switch open; the page never switches the pause, and nothing of
 * it leaves this closed shadow root. Not shown while a pause is in force (the badge's banner says so).
 */
function PauseOffer({ tag }: { tag: FeedbackTag | null }) {
  useSignals();
  const t = useT();
  const [opened, setOpened] = useState(false);
  if ((tag !== 'crisis' && tag !== 'complaint') || currentPause.value) return null;
  return (
    <p style={{ margin: '8px 0 0', fontSize: 12 }} data-testid="feedback-pause-offer">
      {t('pause.page.offer')}{' '}
      <button
        type="button"
        style={{ ...chipStyle(false, 'crisis'), fontSize: 12 }}
        data-testid="feedback-pause-open"
        onClick={trusted(
          () =>
            void send('pause.offer', {}).then(
              () => setOpened(true),
              (error: unknown) => console.warn('Onbrand: dashboard not opened', error),
            ),
        )}
      >
        {t('pause.offer.open')}
      </button>
      {opened && (
        <span role="status" data-testid="feedback-pause-opened">
          {' '}
          {t('pause.page.opened')}
        </span>
      )}
    </p>
  );
}

/** Mounted once in the overlay; renders nothing until a comment is hovered or focused. */
export function FeedbackTagger() {
  useSignals();
  const comment = hoveredComment.value;
  return (
    <>
      {comment && !taggingTarget.value && <TagButton comment={comment} />}
      <TagPopover />
    </>
  );
}
