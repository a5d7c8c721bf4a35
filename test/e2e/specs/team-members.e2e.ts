import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { extensionUrl, type ExtensionBrowser } from '../support/browser';
import { joinTeam, teamProfile } from '../support/team';
import { sendRuntimeMessage } from '../support/messages';
import { connect, freshDatabase, startInstance, tokenFor, until } from '../../../server/test/harness';
import type { TeamServer } from '../../../server/team-server';
import { memberJson, shardOf } from '@/lib/team/member-share';
import { memberId } from '@/lib/community/members/member';

// Issue 21: "in team mode, sharing the member book follows the team's permissions". Two browser profiles on the
// real team server (PostgreSQL): a member's note on a commenter (masked before it leaves the browser) appears in
// the other manager's Members tab; that manager is a reviewer, who reads the team's book but may not change it:
// the Members tab says so, the edit is answered with the server's rule, and the server refuses a reviewer's
// update that skips the extension.

let team: TeamServer;
let origin: string;

test.beforeAll(async () => {
  team = await startInstance(await freshDatabase('onbrand_team_members_e2e'));
  origin = `http://127.0.0.1:${team.port}`;
});

test.afterAll(async () => {
  await team?.stop();
});

async function joined(
  member: string,
  role: 'member' | 'reviewer',
): Promise<{ ext: ExtensionBrowser; page: Page }> {
  const ext = await teamProfile('onbrand-team-members-');
  return { ext, page: await joinTeam(ext, origin, tokenFor(member, role).token) };
}

const POST = 'https://weibo.com/7654321098/PqR5tUv';
const FAN = memberId('weibo', '小赵');

test('a member’s note reaches the other manager’s Members tab; a reviewer reads it and cannot change it', async () => {
  test.setTimeout(240_000);
  const mo = await joined('mo', 'member');
  const rex = await joined('rex', 'reviewer');
  try {
    // Mo's browser sees a comment on the brand's post (what the in-page reply queue sends) and writes a note.
    const seen = await sendRuntimeMessage(mo.page, {
      onbrand: 1,
      type: 'community.thread',
      payload: {
        platform: 'weibo',
        postUrl: POST,
        comments: [{ key: 'weibo:team-1', author: '小赵', postedAt: Date.now() - 3_600_000 }],
      },
    });
    expect(seen.ok, seen.error).toBe(true);
    await mo.page.goto(extensionUrl(mo.ext.extensionId, 'options.html#members'));
    await expect(mo.page.getByTestId('members-team')).toHaveAttribute('data-writes', 'true');
    await expect(mo.page.getByTestId('member-row')).toHaveCount(1);
    const noted = await sendRuntimeMessage(mo.page, {
      onbrand: 1,
      type: 'community.members.update',
      payload: { id: FAN, notes: 'Prefers DMs, call 13812345678' },
    });
    expect(noted.ok, noted.error).toBe(true);

    // The team server has it, masked, with the comment counted once.
    const shared = await until(() => {
      const doc = team.server.hocuspocus.documents.get(shardOf(FAN));
      const member = doc && memberJson(doc, FAN);
      return member?.notes ? member : undefined;
    }, 20_000);
    expect(shared.notes).toBe('Prefers DMs, call *******5678');
    expect(Object.keys(shared.activity ?? {})).toHaveLength(1);

    // Rex's Members tab: the member with the team's note (Rex's browser never saw the comment itself).
    const tab = rex.page;
    await expect(async () => {
      await tab.goto(extensionUrl(rex.ext.extensionId, 'options.html#members'));
      await expect(tab.getByTestId('member-row')).toHaveCount(1, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    const row = tab.getByTestId('member-row');
    await expect(row).toHaveAttribute('data-handle', '小赵');
    await expect(row).toContainText('Prefers DMs, call *******5678');
    await expect(tab.getByTestId('members-team')).toHaveAttribute('data-writes', 'false');
    await expect(tab.getByTestId('members-team')).toContainText(
      'only admins, planners and members change it',
    );

    // Rex's edit is answered with the team's rule before anything is written, and nothing changes.
    const refused = await sendRuntimeMessage(tab, {
      onbrand: 1,
      type: 'community.members.update',
      payload: { id: FAN, notes: 'Rewritten by the reviewer' },
    });
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain('members: the reviewer role may not change this document');
    await tab.reload();
    await expect(tab.getByTestId('member-row')).toContainText('Prefers DMs, call *******5678');
    // The same refusal through the Members tab's editor reads in the UI's words, not the server's English.
    await tab.getByTestId('member-row').getByTestId('member-edit').click();
    await tab.getByTestId('member-edit-notes').fill('Rewritten by the reviewer');
    await tab.getByTestId('member-edit-save').click();
    await expect(tab.getByTestId('member-edit-error')).toHaveText(
      'Not saved: your team role (reviewer) may not change the team’s member book.',
    );
    await tab.getByTestId('member-edit-cancel').click();
    await expect(tab.getByTestId('member-row')).toContainText('Prefers DMs, call *******5678');

    // A reviewer's update that skips the extension: the server refuses it and keeps the team's note.
    const raw = connect(team.port, shardOf(FAN), tokenFor('rex', 'reviewer').token);
    try {
      await raw.synced;
      raw.doc.getText(`n:${FAN}`).insert(0, 'Hijacked. ');
      expect(await until(() => raw.refusals[0], 10_000)).toBe(
        `${shardOf(FAN)}: the reviewer role may not change this document`,
      );
    } finally {
      raw.destroy();
    }
    const doc = team.server.hocuspocus.documents.get(shardOf(FAN))!;
    expect(memberJson(doc, FAN)?.notes).toBe('Prefers DMs, call *******5678');
  } finally {
    await mo.ext.close();
    await rex.ext.close();
  }
});
