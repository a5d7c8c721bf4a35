import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import { PLATFORMS, type PlatformId } from '@/lib/platforms';
import { BOX_ROLES, type ReviewPolicy } from '@/lib/team/documents';
import type { MessageKey } from '@/lib/i18n';
import { NO_TEAM_KIT } from '@/lib/team/team-kit';
import { useT } from '../../shared/i18n';

// Review before publishing, per platform and box role (e.g. every Weibo and WeChat post, not replies). The admin
// edits the rules beside the team kit; everyone else sees which boxes need a reviewer's approval. The server
// judges the write again (only the admin), so a refusal is shown with its reason.

type BoxRole = (typeof BOX_ROLES)[number];
const ROLE_LABEL: Record<BoxRole, MessageKey> = {
  post: 'team.rules.role.post',
  reply: 'team.rules.role.reply',
  comment: 'team.rules.role.comment',
};
const SITES = PLATFORMS.filter((p) => p.id !== 'generic').map((p) => p.id as Exclude<PlatformId, 'generic'>);

const has = (policy: ReviewPolicy, platform: PlatformId, role: BoxRole) =>
  policy[platform]?.includes(role) ?? false;

function toggled(policy: ReviewPolicy, platform: PlatformId, role: BoxRole): ReviewPolicy {
  const roles = new Set(policy[platform] ?? []);
  if (roles.has(role)) roles.delete(role);
  else roles.add(role);
  return { ...policy, [platform]: BOX_ROLES.filter((r) => roles.has(r)) };
}

export function ReviewRules({
  admin,
  hasKit,
  review,
  reviewOverride,
}: {
  admin: boolean;
  hasKit: boolean;
  review: ReviewPolicy;
  reviewOverride: boolean;
}) {
  const t = useT();
  const [draft, setDraft] = useState<ReviewPolicy>(review);
  const [override, setOverride] = useState(reviewOverride);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; reason: string } | null>(null);
  // The rules in force changed (this admin's save came back through the sync, or another admin's): show them.
  useEffect(() => setDraft(review), [review]);
  useEffect(() => setOverride(reviewOverride), [reviewOverride]);

  const save = async () => {
    setOutcome(null);
    const result = await send('team.kits.review', { review: draft, allowOverride: override });
    setOutcome(result.ok ? { ok: true } : { ok: false, reason: result.reason });
  };

  const required = SITES.filter((id) => (review[id] ?? []).length > 0);
  return (
    <section data-testid="team-review-rules" aria-labelledby="team-review-rules-title">
      <h3 id="team-review-rules-title">{t('team.rules.title')}</h3>
      <p data-testid="team-review-rules-summary">
        {required.length === 0
          ? t('team.rules.none')
          : t('team.rules.summary', {
              list: required
                .map(
                  (id) => `${t(`platform.${id}`)} (${review[id]!.map((r) => t(ROLE_LABEL[r])).join(', ')})`,
                )
                .join(' · '),
            })}
      </p>
      {required.length > 0 && reviewOverride && (
        <p className="ob-muted" data-testid="team-review-override-on">
          {t('team.rules.overrideOn')}
        </p>
      )}
      {admin && !hasKit && <p className="ob-muted">{t('team.rules.needsKit')}</p>}
      {admin && hasKit && (
        <>
          <table data-testid="team-review-rules-table">
            <caption className="ob-muted">{t('team.rules.hint')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.rules.platform')}</th>
                {BOX_ROLES.map((role) => (
                  <th scope="col" key={role}>
                    {t(ROLE_LABEL[role])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {SITES.map((id) => (
                <tr key={id}>
                  <th scope="row">{t(`platform.${id}`)}</th>
                  {BOX_ROLES.map((role) => (
                    <td key={role}>
                      <input
                        type="checkbox"
                        data-testid="team-review-rule"
                        data-platform={id}
                        data-role={role}
                        aria-label={t('team.rules.cell', {
                          platform: t(`platform.${id}`),
                          role: t(ROLE_LABEL[role]),
                        })}
                        checked={has(draft, id, role)}
                        onChange={() => setDraft((d) => toggled(d, id, role))}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <label>
            <input
              type="checkbox"
              data-testid="team-review-override"
              checked={override}
              onChange={(event) => setOverride(event.currentTarget.checked)}
            />{' '}
            {t('team.rules.override')}
          </label>
          <button type="button" data-testid="team-review-rules-save" onClick={() => void save()}>
            {t('team.rules.save')}
          </button>
        </>
      )}
      {outcome?.ok && (
        <p role="status" data-testid="team-review-rules-saved">
          {t('team.rules.saved')}
        </p>
      )}
      {outcome && !outcome.ok && (
        <p role="alert" className="ob-error" data-testid="team-review-rules-refused">
          {outcome.reason === NO_TEAM_KIT
            ? t('team.rules.needsKit')
            : t('team.problem.refused', { reason: outcome.reason })}
        </p>
      )}
    </section>
  );
}
