import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { extensionUrl, launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { grantHostInClosedProfile } from '../support/profile-permissions';
import { policyFor, privateBuild, reloadUntil, type PrivateBuild } from '../support/managed-policy';
import { freshDatabase, startInstance, tokenFor } from '../../../server/test/harness';
import type { TeamServer } from '../../../server/team-server';

// Issue 20: "managed policy supplies the server and the invitation for a whole fleet". A REAL machine policy
// (support/managed-policy.ts, on a private copy of the build) names the team server on this machine and an
// invitation; the team server runs on PostgreSQL (its own database, so team.e2e can run beside it).
// - A browser that never granted the server's host: the Team tab offers the organisation's team; nothing is sent.
//   Once the host is granted (here: in the closed profile, as a person's earlier "yes"), it joins at startup.
// - A browser with its own connection: never replaced behind the person's back; their "Join the team" click does.
// - The person cannot leave the organisation's team; a new invitation is followed; removing the policy leaves.

let team: TeamServer;
let origin: string;

test.beforeAll(async () => {
  team = await startInstance(await freshDatabase('onbrand_team_policy_test'));
  origin = `http://127.0.0.1:${team.port}`;
});

test.afterAll(async () => {
  await team?.stop();
});

async function launch(build: PrivateBuild, userDataDir: string, granted: boolean): Promise<ExtensionBrowser> {
  if (granted) {
    const first = await launchWithExtension({ extensionPath: build.extensionPath, userDataDir });
    await first.close();
    grantHostInClosedProfile(userDataDir, build.extensionId, 'http://127.0.0.1/*');
  }
  return launchWithExtension({ extensionPath: build.extensionPath, userDataDir });
}

async function teamTab(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(extensionUrl(ext.extensionId, 'options.html#team'));
  await page.getByTestId('team-tab').waitFor();
  return page;
}

/** The connection as the extension stores it (storage.local), read from one of its pages. */
function storedConnection(page: Page): Promise<{ member: string; token: string; managed?: boolean } | null> {
  return page.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return ((await chrome.storage.local.get('team.connection'))['team.connection'] ?? null) as {
      member: string;
      token: string;
      managed?: boolean;
    } | null;
  });
}

test('a team named by managed policy: offered, joined by the person’s click or once the host is granted, followed, left with the policy', async () => {
  test.setTimeout(300_000);
  const build = privateBuild();
  const policy = policyFor(build.extensionId);
  const ownDir = mkdtempSync(path.join(tmpdir(), 'onbrand-team-policy-own-'));
  const newDir = mkdtempSync(path.join(tmpdir(), 'onbrand-team-policy-new-'));
  const own = await launch(build, ownDir, true);
  let fresh = await launch(build, newDir, false);
  try {
    // A person who joined a team themselves (mo, by the Team tab's form).
    const ownTab = await teamTab(own);
    await ownTab.getByTestId('team-server').fill(origin);
    await ownTab.getByTestId('team-invitation').fill(tokenFor('mo', 'member').token);
    await ownTab.getByTestId('team-connect').click();
    await expect(ownTab.getByTestId('team-connected')).toContainText('mo');

    // The organisation's policy names the team and pat's invitation.
    const firstInvitation = tokenFor('pat', 'member').token;
    policy.write({ teamServer: origin, teamInvitation: firstInvitation });

    // Never granted the server's host: offered, not joined, the form gone (the policy decides the server).
    const freshTab = await teamTab(fresh);
    const offer = freshTab.getByTestId('team-policy-offer');
    await reloadUntil(freshTab, async () => (await offer.count()) > 0, 'team-tab');
    await expect(offer).toContainText(origin);
    await expect(offer).not.toContainText('replaces');
    await expect(freshTab.getByTestId('team-server')).toHaveCount(0);
    expect(await storedConnection(freshTab)).toBeNull();

    // Its own connection is kept until the person chooses; the offer says joining replaces it.
    const ownOffer = ownTab.getByTestId('team-policy-offer');
    await reloadUntil(ownTab, async () => (await ownOffer.count()) > 0, 'team-tab');
    await expect(ownOffer).toContainText('replaces your current connection');
    expect((await storedConnection(ownTab))?.member).toBe('mo');
    await ownTab.getByTestId('team-policy-join').click();
    await expect(ownTab.getByTestId('team-connected')).toContainText('pat');
    await expect(ownTab.getByTestId('team-managed')).toBeVisible();
    await expect(ownTab.getByTestId('team-disconnect')).toHaveCount(0);
    await expect(ownTab.getByTestId('team-sync')).toHaveAttribute('data-state', 'connected');
    expect(await storedConnection(ownTab)).toMatchObject({ member: 'pat', managed: true });

    // The host granted later (a person's earlier "yes"): at the next start the browser joins without a click.
    await fresh.close();
    grantHostInClosedProfile(newDir, build.extensionId, 'http://127.0.0.1/*');
    fresh = await launchWithExtension({ extensionPath: build.extensionPath, userDataDir: newDir });
    const rejoined = await teamTab(fresh);
    await expect
      .poll(async () => (await storedConnection(rejoined))?.member ?? 'none', { timeout: 30_000 })
      .toBe('pat');
    await rejoined.reload();
    await expect(rejoined.getByTestId('team-connected')).toContainText('pat');
    await expect(rejoined.getByTestId('team-managed')).toBeVisible();

    // A new invitation in the policy is followed (the host is granted: no click).
    const nextInvitation = tokenFor('pat', 'member').token;
    expect(nextInvitation).not.toBe(firstInvitation);
    policy.write({ teamServer: origin, teamInvitation: nextInvitation });
    await expect
      .poll(async () => (await storedConnection(ownTab))?.token, { timeout: 90_000, intervals: [2_000] })
      .toBe(nextInvitation);

    // The organisation removes the team from the policy: the managed connection ends; the form is back.
    policy.remove();
    await expect
      .poll(async () => await storedConnection(ownTab), { timeout: 90_000, intervals: [2_000] })
      .toBeNull();
    await ownTab.reload();
    await expect(ownTab.getByTestId('team-server')).toBeVisible();
    await expect(ownTab.getByTestId('team-policy-offer')).toHaveCount(0);
  } finally {
    policy.remove();
    await own.close();
    await fresh.close();
    build.remove();
  }
});
