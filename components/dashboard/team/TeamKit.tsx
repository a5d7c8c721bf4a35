import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import { activeKit } from '@/lib/kits/kit-library-schema';
import { loadStoredLibrary } from '@/lib/kits/kits-item';
import { teamKitInForce, type TeamKitInForce } from '@/lib/team/team-kit';
import { teamKitsItem } from '@/lib/team/team-kits-item';
import type { ReviewPolicy } from '@/lib/team/documents';
import { useT } from '../../shared/i18n';
import { ReviewRules } from './ReviewRules';

// The team's kit in the Team tab: which team kit is in force in this browser (it wins over this browser's own
// kits on every site, only an organisation's managed kit wins over it), and for the admin "Publish to the team":
// the active kit of this browser (edited in the Brand kit tab) becomes the team's kit for every member.

interface TeamKitState {
  inForce: TeamKitInForce | null;
  /** The review rules in force (every team kit's, as mirrored). */
  review: ReviewPolicy;
  /** Whether a held box may go out without approval, with a reason. */
  reviewOverride: boolean;
}

function stateOf(stored: unknown): TeamKitState {
  return {
    inForce: teamKitInForce(stored),
    review: ((stored as { review?: ReviewPolicy } | undefined)?.review ?? {}) as ReviewPolicy,
    reviewOverride: (stored as { reviewOverride?: unknown } | undefined)?.reviewOverride === true,
  };
}

function useTeamKit(): TeamKitState {
  const [state, setState] = useState<TeamKitState>({ inForce: null, review: {}, reviewOverride: false });
  useEffect(() => {
    void teamKitsItem.getValue().then((stored) => setState(stateOf(stored)));
    return teamKitsItem.watch((stored) => setState(stateOf(stored)));
  }, []);
  return state;
}

export function TeamKit({ admin }: { admin: boolean }) {
  const t = useT();
  const { inForce, review, reviewOverride } = useTeamKit();
  const [outcome, setOutcome] = useState<{ ok: true; name: string } | { ok: false; reason: string } | null>(
    null,
  );
  const publish = async () => {
    setOutcome(null);
    const library = await loadStoredLibrary();
    if (!library) return setOutcome({ ok: false, reason: t('team.kit.noneSaved') });
    const kit = activeKit(library);
    const result = await send('team.kits.publish', { kit });
    setOutcome(result.ok ? { ok: true, name: kit.profile.name } : result);
  };
  return (
    <section data-testid="team-kit">
      <h3>{t('team.kit.title')}</h3>
      <p data-testid="team-kit-in-force" data-kit={inForce?.kit.profile.name ?? ''}>
        {inForce ? t('team.kit.inForce', { name: inForce.kit.profile.name }) : t('team.kit.none')}
      </p>
      {admin && (
        <>
          <p className="ob-muted">{t('team.kit.publishHint')}</p>
          <button type="button" data-testid="team-kit-publish" onClick={() => void publish()}>
            {t('team.kit.publish')}
          </button>
        </>
      )}
      {outcome?.ok && (
        <p role="status" data-testid="team-kit-published">
          {t('team.kit.published', { name: outcome.name })}
        </p>
      )}
      {outcome && !outcome.ok && (
        <p role="alert" className="ob-error" data-testid="team-kit-refused">
          {t('team.problem.refused', { reason: outcome.reason })}
        </p>
      )}
      <ReviewRules admin={admin} hasKit={inForce !== null} review={review} reviewOverride={reviewOverride} />
    </section>
  );
}
