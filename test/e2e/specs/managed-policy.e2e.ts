import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { TEST_KIT } from '../support/kit';

// Issue 15 point 6: a malformed kit pushed by a REAL managed policy. Debian's Chromium reads machine policy from
// /etc/chromium/policies/managed/*.json and watches the folder; "3rdparty.extensions.<id>" is what
// chrome.storage.managed returns to that extension. The id of an unpacked build is derived from its folder,
// so this file applies to this build only (other clones' builds have other ids). It is removed afterwards.

const POLICY_DIR = '/etc/chromium/policies/managed';

function writePolicy(file: string, extensionId: string, values: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }));
}

/** The dashboard's kit tab as the user sees it, reloaded until `ready` holds (Chromium re-reads policy files on its own schedule). */
async function kitTabUntil(page: Page, ready: () => Promise<boolean>): Promise<void> {
  await expect(async () => {
    await page.reload();
    await page.getByTestId('kit-tab').waitFor();
    expect(await ready()).toBe(true);
  }).toPass({ timeout: 60_000, intervals: [2_000] });
}

test('a malformed kit pushed by managed policy leaves the last good managed kit in force and names the problem', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(150_000);
  const file = path.join(POLICY_DIR, `onbrand-e2e-${ext.extensionId}.json`);
  try {
    const good = { ...TEST_KIT, profile: { ...TEST_KIT.profile, name: 'Policy kit GOOD' } };
    writePolicy(file, ext.extensionId, { brandKit: JSON.stringify(good) });
    const dashboard = await openExtensionPage('options.html#kit');
    const banner = dashboard.getByTestId('kit-managed-banner');
    await kitTabUntil(
      dashboard,
      async () => (await banner.count()) > 0 && (await banner.innerText()).includes('Policy kit GOOD'),
    );
    await expect(dashboard.getByTestId('kit-managed-problems')).toHaveCount(0);

    // The administrator pushes a broken kit: a banned term that is a number, a severity that does not exist.
    const broken = {
      ...good,
      profile: { ...good.profile, name: 'Policy kit BROKEN' },
      bannedTerms: [{ term: 5, severity: 'nope' }],
    };
    writePolicy(file, ext.extensionId, { brandKit: JSON.stringify(broken) });
    const problems = dashboard.getByTestId('kit-managed-problems');
    await kitTabUntil(dashboard, async () => (await problems.count()) > 0);
    await expect(problems).toContainText('Your organisation’s policy could not be applied');
    // Each broken entry is named with its line (a gateMode outside the schema's enum never arrives: Chromium drops it).
    await expect(problems).toContainText('bannedTerms[0].term, line 1');
    await expect(problems).toContainText('bannedTerms[0].severity, line 1');
    // The last good managed kit stays in force, read-only, with its terms.
    await expect(banner).toContainText('Policy kit GOOD');
    await expect(dashboard.getByTestId('kit-managed-banner')).not.toContainText('BROKEN');
    expect(
      await dashboard.evaluate(async () => {
        const chrome = (
          globalThis as unknown as {
            chrome: {
              storage: {
                local: {
                  get(
                    k: string,
                  ): Promise<Record<string, { profile: { name: string }; bannedTerms: unknown[] }>>;
                };
              };
            };
          }
        ).chrome;
        const kit = (await chrome.storage.local.get('managed:lastGoodKit'))['managed:lastGoodKit'];
        return { name: kit.profile.name, terms: kit.bannedTerms.length };
      }),
    ).toEqual({ name: 'Policy kit GOOD', terms: TEST_KIT.bannedTerms.length });
  } finally {
    rmSync(file, { force: true });
  }
});
