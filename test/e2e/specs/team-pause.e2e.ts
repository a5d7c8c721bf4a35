import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { extensionUrl, type ExtensionBrowser } from '../support/browser';
import { joinTeam, teamProfile } from '../support/team';
import { focusBox, modelText, publishedPosts } from '../support/site-pages';
import { draftUnderPause } from '../support/pause';
import { freshDatabase, startInstance, tokenFor } from '../../../server/test/harness';
import type { TeamServer } from '../../../server/team-server';
import type { StoredPauses } from '@/lib/pause/pause';

// Issue 21 point 4, "in team mode the switch follows the team's permissions": the crisis pause is the team's. An
// admin (a browser profile) switches it on in the popup; the member's browser gets it through the team server
// (PostgreSQL, its own database) — the banner at the badge and the gate asking on a fixture page — while the
// member's switch is read-only with the reason. The admin's switch-off reaches the member the same way; a member who
// leaves the team keeps the last pause in force.

let team: TeamServer;
let origin: string;

test.beforeAll(async () => {
  team = await startInstance(await freshDatabase('onbrand_team_pause_test'));
  origin = `http://127.0.0.1:${team.port}`;
});

test.afterAll(async () => {
  await team?.stop();
});

async function joined(
  member: string,
  role: 'admin' | 'member',
): Promise<{ ext: ExtensionBrowser; page: Page }> {
  const ext = await teamProfile('onbrand-team-pause-');
  return { ext, page: await joinTeam(ext, origin, tokenFor(member, role).token) };
}

function storedPauses(page: Page): Promise<StoredPauses | undefined> {
  return page.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await chrome.storage.local.get('crisisPause')).crisisPause as StoredPauses | undefined;
  });
}

test('an admin’s crisis pause reaches the member’s browser (banner, gate); the member’s switch is read-only', async () => {
  test.setTimeout(180_000);
  const admin = await joined('ada', 'admin');
  const member = await joined('mo', 'member');
  try {
    // The member's popup: no switch, the reason why.
    const memberPopup = await member.ext.context.newPage();
    await memberPopup.goto(extensionUrl(member.ext.extensionId, 'popup.html'));
    await expect(memberPopup.getByTestId('pause-read-only')).toHaveText(
      'Only an admin, planner or reviewer of the team can switch the pause; your role is member. Ask one of them.',
    );
    await expect(memberPopup.getByTestId('pause-open')).toHaveCount(0);

    // The admin switches it on in their popup.
    const adminPopup = await admin.ext.context.newPage();
    await adminPopup.goto(extensionUrl(admin.ext.extensionId, 'popup.html'));
    await adminPopup.getByTestId('pause-open').click();
    await adminPopup.getByTestId('pause-reason-input').fill('Product recall');
    await adminPopup.getByTestId('pause-on').click();
    await expect(adminPopup.getByTestId('pause-switch')).toHaveAttribute('data-paused', 'true');

    // The member's browser has it in its own crisisPause, in the admin's name, within seconds.
    const started = Date.now();
    await expect
      .poll(async () => (await storedPauses(member.page))?.pauses.at(-1), { timeout: 30_000 })
      .toMatchObject({ reason: 'Product recall', by: 'ada' });
    console.log(`team pause reached the member in ${Date.now() - started} ms`);
    await expect(memberPopup.getByTestId('pause-switch')).toHaveAttribute('data-paused', 'true');
    await expect(memberPopup.getByTestId('pause-reason')).toHaveText('Reason: Product recall');
    await expect(memberPopup.getByTestId('pause-read-only')).toBeVisible();
    await expect(memberPopup.getByTestId('pause-off')).toHaveCount(0);

    // The member's page: the banner at the badge, and a clean post held for a confirmation and a reason.
    const draft = 'We are live: meet the new Acme app.';
    const {
      page: site,
      box,
      ui,
    } = await draftUnderPause(member.ext.context, 'x', draft, 'Crisis pause: Product recall');
    await site.locator(box.submit).first().click();
    await ui.getByTestId('gate-dialog').waitFor('visible');
    expect(await ui.getByTestId('gate-pause').text()).toContain('Product recall');
    expect(await publishedPosts(site)).toEqual([]);
    expect(await modelText(site, box.editor)).toBe(draft);

    // The member asking the worker anyway (not through the UI) is refused with the team's rule; nothing changes.
    const refused = await memberPopup.evaluate(async () => {
      const chrome = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      return chrome.runtime.sendMessage({ onbrand: 1, type: 'pause.off', payload: {} });
    });
    expect(JSON.stringify(refused)).toContain('pause: the member role may not change this document');
    expect((await storedPauses(member.page))?.pauses.at(-1)?.endedAt).toBeUndefined();

    // The admin switches it off: the member's banner goes, in the admin's name.
    await adminPopup.getByTestId('pause-off').click();
    await expect
      .poll(async () => (await storedPauses(member.page))?.pauses.at(-1)?.endedBy, { timeout: 30_000 })
      .toBe('ada');
    await expect.poll(() => ui.getByTestId('badge-pause-banner').count(), { timeout: 15_000 }).toBe(0);
    await expect(memberPopup.getByTestId('pause-switch')).toHaveAttribute('data-paused', 'false');

    // A second pause, then the member leaves the team: the last mirrored pause stays in force in their browser,
    // and the switch is theirs again (alone, the person switches it).
    await adminPopup.getByTestId('pause-open').click();
    await adminPopup.getByTestId('pause-reason-input').fill('Second wave');
    await adminPopup.getByTestId('pause-on').click();
    await expect(memberPopup.getByTestId('pause-reason')).toHaveText('Reason: Second wave', {
      timeout: 30_000,
    });
    await member.page.getByTestId('team-disconnect').click();
    await expect(memberPopup.getByTestId('pause-off')).toBeVisible();
    await expect(memberPopup.getByTestId('pause-read-only')).toHaveCount(0);
    await site.reload();
    await focusBox(site, box);
    await site.keyboard.type('Still paused?');
    await ui.getByTestId('badge-pause-banner').waitFor('visible');
    expect(await ui.getByTestId('badge-pause-banner').text()).toBe('Crisis pause: Second wave');
    expect((await storedPauses(member.page))?.pauses.at(-1)).toMatchObject({
      reason: 'Second wave',
      by: 'ada',
    });
    expect((await storedPauses(member.page))?.pauses.at(-1)?.endedAt).toBeUndefined();
  } finally {
    await member.ext.close();
    await admin.ext.close();
  }
});
