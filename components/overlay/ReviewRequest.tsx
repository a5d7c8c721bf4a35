import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import { requestReview, reviewNotice, reviewRequiredFor } from '@/lib/assistant/review';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '../shared/i18n';
import { trusted } from './trusted';

// Beside the badge, only in a box the team's kit requires review for: "Request review", and the draft's state
// once asked (waiting, approved, changes requested with the reviewer's comment, or held by the gate).

const STATE_LABEL: Record<string, MessageKey> = {
  needed: 'team.review.held',
  pending: 'team.review.pending',
  approved: 'team.review.approved',
  'changes-requested': 'team.review.changesRequested',
};

export function ReviewRequest({ session }: { session: BoxSession }) {
  useSignals();
  const t = useT();
  const notice = reviewNotice.value?.session === session ? reviewNotice.value.state : null;
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
    </span>
  );
}
