import { useState } from 'react';
import { send } from '@/lib/messaging/client';
import type { ReviewRequest } from '@/lib/team/documents';
import { teamReviewsItem } from '@/lib/team/team-state-items';
import { useT } from '../../shared/i18n';
import { useStorageItem } from '../../shared/useStorageItem';

// The reviewer's queue: requests waiting for a decision, oldest first. A reviewer's own requests are listed
// without buttons (nobody approves their own; the server refuses it anyway).

function useReviewRequests(): ReviewRequest[] {
  return useStorageItem(teamReviewsItem) ?? [];
}

function Request({ request, own }: { request: ReviewRequest; own: boolean }) {
  const t = useT();
  const [comment, setComment] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const decide = async (state: 'approved' | 'changes-requested') => {
    const result = await send('team.review.decide', { id: request.id, state, comment: comment || undefined });
    setRefused(result.ok ? null : result.reason);
  };
  return (
    <li data-testid="review-request" data-id={request.id} style={{ marginBottom: 12 }}>
      <p>
        <strong>{request.requester}</strong> · {request.platform} · {request.boxRole}
      </p>
      <blockquote data-testid="review-text" style={{ whiteSpace: 'pre-wrap' }}>
        {request.text}
      </blockquote>
      {own ? (
        <p className="ob-muted">{t('team.review.own')}</p>
      ) : (
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <input
            type="text"
            data-testid="review-comment"
            aria-label={t('team.review.comment')}
            placeholder={t('team.review.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <button type="button" data-testid="review-approve" onClick={() => void decide('approved')}>
            {t('team.review.approve')}
          </button>
          <button
            type="button"
            data-testid="review-request-changes"
            onClick={() => void decide('changes-requested')}
          >
            {t('team.review.requestChanges')}
          </button>
        </div>
      )}
      {refused && (
        <p role="alert" className="ob-error" data-testid="review-refused">
          {t('team.problem.refused', { reason: refused })}
        </p>
      )}
    </li>
  );
}

export function ReviewQueue({ member }: { member: string }) {
  const t = useT();
  const waiting = useReviewRequests().filter((r) => !r.decision);
  return (
    <section data-testid="review-queue">
      <h3>{t('team.review.queue', { count: waiting.length })}</h3>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {waiting.map((request) => (
          <Request key={request.id} request={request} own={request.requester === member} />
        ))}
      </ul>
    </section>
  );
}
