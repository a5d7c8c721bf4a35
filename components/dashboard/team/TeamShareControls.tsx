import type { MessageKey } from '@/lib/i18n';
import { useT } from '../../shared/i18n';
import type { TeamShare } from './useTeamShare';

// The team part of a form that edits something a team can share (a calendar slot, a template): for a planner the
// "Share with the team" box, or the note that it is the team's already; for everyone else, on the team's own entry,
// that only planners change it; and the team's refusal when saving to it failed.

export interface TeamShareWords {
  share: MessageKey;
  shared: MessageKey;
  plannersOnly: MessageKey;
  refused: MessageKey;
}

export function TeamShareControls({
  share,
  isTeams,
  offerShare,
  checked,
  onChange,
  problem,
  words,
  className,
}: {
  share: TeamShare | null;
  /** The entry is the team's (mirrored from the shared document). */
  isTeams: boolean;
  /** Whether a planner may tick it (a new slot; any template). */
  offerShare: boolean;
  checked: boolean;
  onChange(checked: boolean): void;
  problem: string | null;
  words: TeamShareWords;
  className: string;
}) {
  const t = useT();
  if (!share) return null;
  return (
    <>
      {share.planner && isTeams && (
        <p className="ob-muted" data-testid="team-shared">
          {t(words.shared)}
        </p>
      )}
      {share.planner && !isTeams && offerShare && (
        <label className={className}>
          <input
            type="checkbox"
            data-testid="team-share"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
          />{' '}
          {t(words.share)}
        </label>
      )}
      {!share.planner && isTeams && (
        <p className="ob-muted" role="note" data-testid="team-share-only">
          {t(words.plannersOnly)}
        </p>
      )}
      {problem && (
        <p className="ob-error" role="alert" data-testid="team-share-problem">
          {t(words.refused, { reason: problem })}
        </p>
      )}
    </>
  );
}
