import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { TEST_KIT } from '../support/kit';
import { extensionUrl, launchWithExtension } from '../support/browser';
import { policyFor, privateBuild, reloadUntil } from '../support/managed-policy';
import { putRecords, storedRecords } from '../support/records';
import type { ActivityRecord } from '@/lib/records/schema';

// Issue 15 point 6: a malformed kit pushed by a REAL managed policy (support/managed-policy.ts), to a private copy
// of the build so the policy reaches this test's browser only. The policy file is removed afterwards.

/** The dashboard's kit tab as the user sees it, reloaded until `ready` holds. */
const kitTabUntil = (page: Page, ready: () => Promise<boolean>) => reloadUntil(page, ready, 'kit-tab');

test('a malformed kit pushed by managed policy leaves the last good managed kit in force and names the problem', async () => {
  test.setTimeout(150_000);
  const build = privateBuild();
  const ext = await launchWithExtension({ extensionPath: build.extensionPath });
  const policy = policyFor(ext.extensionId);
  const openExtensionPage = async (page: string) => {
    const tab = await ext.context.newPage();
    await tab.goto(extensionUrl(ext.extensionId, page));
    return tab;
  };
  try {
    const good = { ...TEST_KIT, profile: { ...TEST_KIT.profile, name: 'Policy kit GOOD' } };
    policy.write({ brandKit: JSON.stringify(good) });
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
    policy.write({ brandKit: JSON.stringify(broken) });
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
    policy.remove();
    await ext.close();
    build.remove();
  }
});

// Issue 18: Chrome's worker reads a pushed kit's text through the kit file part (lib/kits/kit-file-part.ts), which
// it imports only then. The kit's own privacy detector must still mask what the worker writes to the log.
test("the worker masks a record with a managed kit's own privacy detector", async () => {
  test.setTimeout(150_000);
  const build = privateBuild();
  const ext = await launchWithExtension({ extensionPath: build.extensionPath });
  const policy = policyFor(ext.extensionId);
  try {
    const detector = {
      id: 'employee',
      pattern: 'EMP-[0-9]{6}',
      label: { en: 'Employee ID', zh: '员工编号' },
    };
    policy.write({ brandKit: JSON.stringify({ ...TEST_KIT, privacy: { custom: [detector] } }) });
    const page = await ext.context.newPage();
    await page.goto(extensionUrl(ext.extensionId, 'options.html'));
    let sent = 0;
    // Until the browser has read the policy file: each attempt is a new record, stored as the worker masked it.
    await expect
      .poll(
        async () => {
          const id = `managed-mask-${++sent}`;
          const record: ActivityRecord = {
            id,
            at: Date.now(),
            platform: 'weibo',
            kind: 'publish',
            postKind: 'post',
            url: 'https://weibo.com/p',
            text: `ask EMP-123456 today ${sent}`,
            findings: [],
            templateIds: [],
          };
          await putRecords(page, [record]);
          const stored = (await storedRecords(page)).find((r) => r.id === id);
          return stored?.kind === 'publish' ? stored.text : undefined;
        },
        { timeout: 90_000, intervals: [1_000, 2_000, 5_000] },
      )
      .toMatch(/^ask \*\*\*-\*\*\*\*\*\* today \d+$/);
  } finally {
    policy.remove();
    await ext.close();
    build.remove();
  }
});
