import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { serverAddress } from '@/lib/team/connection';
import { PROBLEM_MESSAGES, type TeamProblem } from '@/lib/team/problems';
import { syncStatusItem } from '@/lib/team/team-state-items';
import { useT } from '../../shared/i18n';
import { useStorageItem } from '../../shared/useStorageItem';
import { ReviewQueue } from './ReviewQueue';
import { TeamKit } from './TeamKit';
import './team.css';

// The dashboard's Team tab: join a team server with an invitation (asking the host permission for that one
// origin inside the click), see the connection and sync state, leave. Reviewers also get the review queue.

type Status = ResponseOf<'team.status'>;

export function TeamTab() {
  const t = useT();
  const [status, setStatus] = useState<Status | null>(null);
  const [server, setServer] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ problem: TeamProblem; detail?: string } | null>(null);
  const sync = useStorageItem(syncStatusItem) ?? undefined;
  useEffect(() => {
    void send('team.status', {}).then(setStatus);
  }, []);

  // Runs inside the click: the permission prompt needs the user's gesture.
  const connect = async () => {
    setProblem(null);
    const address = serverAddress(server);
    if (!address) return setProblem({ problem: 'wrong-url' });
    setBusy(true);
    try {
      const granted = await browser.permissions.request({ origins: [address.permission] });
      if (!granted) return setProblem({ problem: 'permission-refused' });
      const result = await send('team.connect', { server, token });
      if (result.ok) {
        setStatus(result.status);
        setToken('');
      } else setProblem({ problem: result.problem, detail: result.detail });
    } finally {
      setBusy(false);
    }
  };

  // The organisation's team (managed policy): the same permission prompt inside the click, then the background
  // joins with the policy's invitation, which never passes through this page.
  const joinManaged = async (origin: string) => {
    setProblem(null);
    const address = serverAddress(origin);
    if (!address) return setProblem({ problem: 'wrong-url' });
    setBusy(true);
    try {
      const granted = await browser.permissions.request({ origins: [address.permission] });
      if (!granted) return setProblem({ problem: 'permission-refused' });
      const result = await send('team.joinManaged', {});
      if (result.ok) setStatus(result.status);
      else setProblem({ problem: result.problem, detail: result.detail });
    } finally {
      setBusy(false);
    }
  };

  const disconnect = async () => {
    const origin = status?.origin;
    const after = await send('team.disconnect', {});
    setStatus(after);
    // Least privilege: the team server's host permission goes with the connection.
    const address = origin && !after.connected ? serverAddress(origin) : null;
    if (address) await browser.permissions.remove({ origins: [address.permission] });
  };

  const message = (p: { problem: TeamProblem; detail?: string }) =>
    t(PROBLEM_MESSAGES[p.problem], { reason: p.detail ?? '' });

  if (!status) return null;
  return (
    <section data-testid="team-tab">
      <h2>{t('dash.tab.team')}</h2>
      <p className="ob-muted">{t('team.intro')}</p>
      {status.policy?.problem && (
        <p role="alert" className="ob-error" data-testid="team-policy-problem">
          {t(status.policy.problem === 'wrong-url' ? 'team.policy.wrongUrl' : 'team.policy.incomplete')}
        </p>
      )}
      {status.policy?.origin && !status.managed && (
        <div className="team-policy" role="note" data-testid="team-policy-offer">
          <p>
            {t('team.policy.offer', { origin: status.policy.origin })}
            {status.connected && <> {t('team.policy.replaces')}</>}
          </p>
          <button
            type="button"
            className="ob-primary"
            data-testid="team-policy-join"
            disabled={busy}
            onClick={() => void joinManaged(status.policy!.origin!)}
          >
            {busy ? t('team.connecting') : t('team.policy.join')}
          </button>
        </div>
      )}
      {status.connected ? (
        <>
          <p data-testid="team-connected">
            {t('team.connectedAs', {
              origin: status.origin ?? '',
              member: status.member ?? '',
              role: status.role ? t(`team.role.${status.role}`) : '',
            })}
          </p>
          {sync && (
            <p data-testid="team-sync" data-state={sync.state} role="status">
              {t(`team.sync.${sync.state}`)}
              {sync.problem && <> {message({ problem: sync.problem, detail: sync.detail })}</>}
            </p>
          )}
          {status.managed ? (
            <p className="ob-muted" data-testid="team-managed">
              {t('team.policy.managed')}
            </p>
          ) : (
            <button type="button" data-testid="team-disconnect" onClick={() => void disconnect()}>
              {t('team.disconnect')}
            </button>
          )}
          <TeamKit admin={status.role === 'admin'} />
          {status.role === 'reviewer' && status.member && <ReviewQueue member={status.member} />}
        </>
      ) : status.policy?.origin ? null : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void connect();
          }}
          style={{ display: 'grid', gap: 8, maxWidth: 560 }}
        >
          <label>
            {t('team.server')}
            <input
              type="text"
              inputMode="url"
              data-testid="team-server"
              value={server}
              placeholder="https://team.example.com"
              onChange={(e) => setServer(e.target.value)}
              style={{ display: 'block', width: '100%' }}
              required
            />
          </label>
          <label>
            {t('team.invitation')}
            <textarea
              data-testid="team-invitation"
              value={token}
              rows={3}
              onChange={(e) => setToken(e.target.value)}
              style={{ display: 'block', width: '100%' }}
              required
            />
          </label>
          <button type="submit" data-testid="team-connect" disabled={busy}>
            {busy ? t('team.connecting') : t('team.connect')}
          </button>
        </form>
      )}
      {problem && (
        <p role="alert" className="ob-error" data-testid="team-problem" data-problem={problem.problem}>
          {message(problem)}
        </p>
      )}
    </section>
  );
}
