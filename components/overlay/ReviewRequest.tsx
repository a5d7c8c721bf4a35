import { useState } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import { requestReview, reviewNotice, reviewRequiredFor } from '@/lib/assistant/review';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '../shared/i18n';
import { trusted } from './trusted';

// Beside the badge, only in a box the team's kit requires review for: "Request review", and the draft's state
// once asked (waiting, approved, changes requested with the reviewer's comment, or held by the gate). After a held
// submit, where the team's kit allows it: "Post without review…" with the reason the team will read.

const STATE_LABEL: Record<string, MessageKey> = {
  needed: 'team.review.held',
  pending: 'team.review.pending',
  approved: 'team.review.approved',
  'changes-requested': 'team.review.changesRequested',
};

export function ReviewRequest({ session }: { session: BoxSession }) {
  useSignals();
  const t = useT();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const current = reviewNotice.value?.session === session ? reviewNotice.value : null;
  const notice = current?.state ?? null;
  const postWithoutReview =
    notice && 'overrideAllowed' in notice && notice.overrideAllowed ? current?.postWithoutReview : undefined;
  if (!reviewRequiredFor(session)) return null;
  return (
    <span className="ob-review">
      <button
        type="button"
        data-testid="review-request-button"
        onMouseDown={(event) => event.preventDefault()}
        onClick={trusted(() => void requestReview(session))}
      >
        {t('team.review.request')}
      </button>
      {notice && STATE_LABEL[notice.kind] && (
        <span role="status" data-testid="review-state" data-state={notice.kind}>
          {t(STATE_LABEL[notice.kind])}
          {notice.kind === 'changes-requested' && notice.comment ? `: ${notice.comment}` : ''}
        </span>
      )}
      {postWithoutReview && !asking && (
        <button
          type="button"
          data-testid="review-override-button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={trusted(() => setAsking(true))}
        >
          {t('team.review.override')}
        </button>
      )}
      {postWithoutReview && asking && (
        <span className="ob-review-override" role="group" aria-label={t('team.review.override')}>
          <input
            type="text"
            data-testid="review-override-reason"
            aria-label={t('team.review.overrideReason')}
            placeholder={t('team.review.overrideReason')}
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <button
            type="button"
            data-testid="review-override-post"
            disabled={!reason.trim()}
            onClick={trusted((event) => {
              postWithoutReview(reason, event.nativeEvent);
              setAsking(false);
              setReason('');
              reviewNotice.value = null;
            })}
          >
            {t('team.review.overridePost')}
          </button>
        </span>
      )}
    </span>
  );
}
