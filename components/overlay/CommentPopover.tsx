import type { CSSProperties, ReactNode } from 'react';
import { trusted } from './trusted';

// The small dialog the overlay opens beside a comment on the page (tag it: FeedbackTagger; no reply needed:
// ReplyAgeChips): fixed in the assistant's shadow root at the place its caller measured, a title, the caller's
// fields, then Cancel and a confirm that only a person's click triggers. Styles are inline: the overlay's
// stylesheet belongs to the assistant entrypoint.

/** For a text field in the popover. */
export const popoverFieldStyle: CSSProperties = {
  font: 'inherit',
  color: 'inherit',
  background: 'transparent',
  border: '1px solid var(--border)',
  borderRadius: 6,
  padding: 6,
};

const frameStyle: CSSProperties = {
  position: 'fixed',
  background: 'var(--bg)',
  border: '1px solid var(--border)',
  borderRadius: 10,
  boxShadow: 'var(--shadow)',
  padding: '10px 12px',
};

const cancelStyle: CSSProperties = {
  borderRadius: 6,
  border: '1px solid var(--border)',
  background: 'transparent',
  padding: '4px 10px',
};

const confirmStyle = (enabled: boolean): CSSProperties => ({
  borderRadius: 6,
  border: '1px solid var(--accent)',
  background: 'var(--accent)',
  color: '#fff',
  padding: '4px 10px',
  opacity: enabled ? 1 : 0.5,
});

interface Action {
  label: string;
  testId: string;
}

export function CommentPopover(props: {
  title: string;
  testId: string;
  place: { top: number; left: number; width: number; zIndex: number };
  /** Escape and Cancel. */
  onClose(): void;
  cancel: Action;
  /** `busy`: a save under way (the button waits, without looking unavailable). */
  confirm: Action & { enabled: boolean; busy?: boolean; onConfirm(): void };
  children: ReactNode;
}) {
  const { title, testId, place, onClose, cancel, confirm } = props;
  return (
    <div
      style={{ ...frameStyle, ...place }}
      role="dialog"
      aria-label={title}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <strong>{title}</strong>
      {props.children}
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
        <button type="button" data-testid={cancel.testId} onClick={onClose} style={cancelStyle}>
          {cancel.label}
        </button>
        <button
          type="button"
          data-testid={confirm.testId}
          disabled={!confirm.enabled || confirm.busy}
          onClick={trusted(confirm.onConfirm)}
          style={confirmStyle(confirm.enabled)}
        >
          {confirm.label}
        </button>
      </div>
    </div>
  );
}
