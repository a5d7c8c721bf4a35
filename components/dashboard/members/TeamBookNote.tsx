import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import { mayWrite } from '@/lib/team/policy';
import { MEMBER_DOCUMENTS } from '@/lib/team/documents';
import type { Role } from '@/lib/team/roles';
import { useT } from '../../shared/i18n';

// In team mode, what the Members tab shows is the team's book (lib/team/member-sync.ts): says so, and says when
// this person's role only reads it (their edits would be refused by the team server). Nothing without a team.
export function TeamBookNote() {
  const t = useT();
  const [role, setRole] = useState<Role | null>(null);
  useEffect(() => {
    void send('team.status', {}).then((s) => setRole(s.connected && s.role ? s.role : null));
  }, []);
  if (!role) return null;
  const writes = mayWrite(MEMBER_DOCUMENTS[0], role);
  return (
    <p className="ob-muted" data-testid="members-team" data-writes={String(writes)}>
      {writes ? t('team.members.shared') : t('team.members.readOnly', { role: t(`team.role.${role}`) })}
    </p>
  );
}
