import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/test';
import { TEST_KIT, seedKit, seedKitWithManyTerms, storedLibrary } from '../support/kit';
import { REPO_ROOT } from '../support/paths';
import { extensionUrl, launchWithExtension } from '../support/browser';
import { SITE_BOXES, focusBox } from '../support/site-pages';
import type { KitLibrary } from '@/lib/kits/kit-library-schema';
import { overlay } from '../support/overlay';
import { policyFor, privateBuild } from '../support/managed-policy';
import { getLocal } from '../support/setup';

// The brand-kit dashboard in real Chromium: first-run setup to a first in-page finding, import refusing a bad
// file without touching the kit, and a kit pushed by a real Chromium enterprise policy (managed storage).

const X_BOX = SITE_BOXES.find((box) => box.site === 'x')!;
const corpus = (name: string) => readFileSync(path.join(REPO_ROOT, 'test/unit/kits/corpus', name));

test('first run: setup, live try-out, then a banned term is caught on x.com; an edit reaches the page', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await expect(dashboard.getByTestId('onboarding')).toBeVisible();
  expect(await storedLibrary(dashboard)).toBeUndefined();

  await dashboard.getByTestId('onb-brand').fill('Acme Outdoors');
  await dashboard.getByTestId('onb-platform-x').check();
  await expect(dashboard.getByTestId('onb-pack-profanity-en')).toBeChecked();
  // The try-out box checks live with the kit being set up.
  await dashboard.getByTestId('onb-sample').fill('What the fuck happened?');
  await expect(dashboard.getByTestId('onb-findings-item').filter({ hasText: 'fuck' })).toBeVisible();
  await dashboard.getByTestId('onb-pack-profanity-en').uncheck();
  await expect(dashboard.getByTestId('onb-findings-clean')).toBeVisible();
  await dashboard.getByTestId('onb-pack-profanity-en').check();
  await dashboard.getByTestId('onb-finish').click();

  await expect(dashboard.getByTestId('kit-picker')).toBeVisible();
  await expect(dashboard.getByTestId('kit-profile-name')).toHaveValue('Acme Outdoors');
  const library = await storedLibrary(dashboard);
  expect(library?.kits).toHaveLength(1);
  expect(library?.kits[0].kit.platforms).toEqual({ x: {} });
  // Saved checked and marked with the kit's key, as one string (packed, lib/kits/checked-library.ts): the page
  // below reads it as stored.
  expect(typeof (await getLocal(dashboard, 'kits'))).toBe('string');
  expect((library as { checked?: { keys: Record<string, string> } } | undefined)?.checked?.keys).toEqual({
    main: expect.stringMatching(/^\d+\.\d+\.\d+\.[0-9a-f]{64}$/),
  });

  const page = await ext.context.newPage();
  await focusBox(page, X_BOX);
  await page.keyboard.type('What the fuck');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');

  // Add a term in the editor, save: the open page picks it up without a reload.
  await dashboard.getByTestId('banned-new-term').fill('rainfly');
  await dashboard.getByTestId('banned-new-severity').selectOption('block');
  await dashboard.getByTestId('banned-add').click();
  await dashboard.getByTestId('banned-search').fill('rainf');
  await expect(dashboard.getByTestId('banned-list')).toHaveAttribute('data-count', '1');
  await expect(dashboard.getByTestId('banned-row-0')).toHaveAttribute('data-term', 'rainfly');
  await dashboard.getByTestId('kit-save').click();
  await expect(dashboard.getByTestId('kit-saved')).toBeVisible();

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('New rainfly in stock');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
});

test('import: a bad file changes nothing and names the field and line; a good one shows its diff first', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard);
  await dashboard.reload();
  await expect(dashboard.getByTestId('kit-picker')).toBeVisible();
  const before = await storedLibrary(dashboard);

  await dashboard.getByTestId('kit-import-file').setInputFiles({
    name: 'wrong-types.json',
    mimeType: 'application/json',
    buffer: corpus('wrong-types.json'),
  });
  const error = dashboard.getByTestId('kit-import-error').first();
  await expect(error).toHaveAttribute('data-path', 'bannedTerms[1].severity');
  await expect(error).toHaveAttribute('data-line', '6');
  await expect(dashboard.getByTestId('kit-import-errors')).toContainText('wrong-types.json');

  await dashboard.getByTestId('kit-import-file').setInputFiles({
    name: 'unknown-field.json',
    mimeType: 'application/json',
    buffer: corpus('unknown-field.json'),
  });
  await expect(dashboard.getByTestId('kit-import-error').first()).toContainText('bannedTerm');
  await dashboard.getByTestId('kit-import-file').setInputFiles({
    name: 'invalid-utf8.json',
    mimeType: 'application/json',
    buffer: corpus('invalid-utf8.json'),
  });
  await expect(dashboard.getByTestId('kit-import-error').first()).toContainText('UTF-8');
  expect(await storedLibrary(dashboard)).toEqual(before);
  await expect(dashboard.getByTestId('kit-profile-name')).toHaveValue(TEST_KIT.profile.name);

  // A good file: diff first, applied only on confirm.
  const next = {
    ...TEST_KIT,
    bannedTerms: [
      ...TEST_KIT.bannedTerms.slice(1),
      { term: 'heck', category: 'profanity', severity: 'warn' },
    ],
    gate: { mode: 'require-reason' },
  };
  await dashboard.getByTestId('kit-import-file').setInputFiles({
    name: 'next.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(next)),
  });
  await expect(dashboard.getByTestId('kit-import-errors')).toBeHidden();
  await expect(dashboard.getByTestId('kit-diff-added')).toHaveAttribute('data-count', '2');
  await expect(dashboard.getByTestId('kit-diff-removed')).toContainText('damn');
  expect(await storedLibrary(dashboard)).toEqual(before);
  await dashboard.getByTestId('kit-import-apply').click();
  await expect
    .poll(async () => (await storedLibrary(dashboard))?.kits[0].kit.gate)
    .toEqual({ mode: 'require-reason' });
  await expect(dashboard.getByTestId('gate-mode-require-reason')).toBeChecked();
});

test('a kit per site: x.com uses its assigned kit, other sites the default', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  const clientKit = {
    ...TEST_KIT,
    profile: { name: 'Client B' },
    bannedTerms: [{ term: 'zonk', category: 'custom' as const, severity: 'block' as const }],
  };
  const library: KitLibrary = {
    version: 1,
    activeId: 'main',
    kits: [
      { id: 'main', kit: TEST_KIT, updatedAt: 1 },
      { id: 'client', kit: clientKit, updatedAt: 1 },
    ],
  };
  await dashboard.evaluate(async (value) => {
    await (
      globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
    ).chrome.storage.local.set({ kits: value });
  }, library);
  await dashboard.reload();
  await dashboard.getByTestId('kit-section-sites-toggle').click();
  await dashboard.getByTestId('site-host').fill('https://www.x.com/home');
  await dashboard.getByTestId('site-kit').selectOption('client');
  await dashboard.getByTestId('site-add').click();
  await expect(dashboard.getByTestId('site-x.com')).toContainText('Client B');
  await expect(dashboard.getByTestId('prefs-location')).toBeVisible();

  const page = await ext.context.newPage();
  await focusBox(page, X_BOX);
  await page.keyboard.type('zonk');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('damn');
  await overlay(page).getByTestId('badge-clean').waitFor('visible');

  // Another site (Reddit has no assignment): the default kit, where "damn" blocks and "zonk" is a word.
  const other = await ext.context.newPage();
  await focusBox(
    other,
    SITE_BOXES.find((box) => box.site === 'reddit')!,
  );
  await other.keyboard.type('zonk');
  await overlay(other).getByTestId('badge-clean').waitFor('visible');
  await other.keyboard.type(' damn');
  await expect.poll(() => overlay(other).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
});

test('after an extension update the worker stores the library as this version does: the object an older build stored becomes a marked string, still in force on the page', async ({
  ext,
  openDashboardWithKit,
}) => {
  // seedKit stores the library as an object, as builds before round 19 did.
  const dashboard = await openDashboardWithKit();
  const rawType = async (extensionPage: Page) => typeof (await getLocal(extensionPage, 'kits'));
  expect(await rawType(dashboard)).toBe('object');
  // An unpacked extension reloaded is an update (runtime.onInstalled, reason "update").
  const worker = ext.context.waitForEvent('serviceworker');
  await dashboard
    .evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
    )
    .catch(() => {});
  await worker;
  const after = await ext.context.newPage();
  await after.goto(extensionUrl(ext.extensionId, 'options.html'));
  await expect.poll(() => rawType(after)).toBe('string');
  const library = (await storedLibrary(after)) as KitLibrary & { checked?: { keys: Record<string, string> } };
  expect(library.kits[0].kit.bannedTerms.map((term) => term.term)).toEqual(
    TEST_KIT.bannedTerms.map((term) => term.term),
  );
  expect(Object.keys(library.checked?.keys ?? {})).toEqual(['test']);

  const page = await ext.context.newPage();
  await focusBox(page, X_BOX);
  await page.keyboard.type('damn');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
});

test('a kit pushed by enterprise policy (storage.managed) wins, is enforced on the page and cannot be edited', async () => {
  // A private copy of the build gets its own extension id, so the policy reaches no other test's browser.
  const build = privateBuild();
  const { extensionPath, extensionId } = build;
  const policy = policyFor(extensionId);
  const managedKit = {
    ...TEST_KIT,
    profile: { name: 'Org Policy Kit' },
    bannedTerms: [{ term: 'frobnicate', category: 'legal', severity: 'block' }],
  };
  policy.write({ brandKit: JSON.stringify(managedKit), gateMode: 'require-reason' });
  const ext = await launchWithExtension({ extensionPath });
  try {
    expect(ext.extensionId).toBe(extensionId);
    const dashboard = await ext.context.newPage();
    await dashboard.goto(extensionUrl(extensionId, 'options.html'));
    // A local kit exists too; the managed one still wins.
    await seedKit(dashboard);
    await dashboard.reload();
    await expect(dashboard.getByTestId('kit-managed-banner')).toContainText('Org Policy Kit');
    await expect(dashboard.getByTestId('onboarding')).toBeHidden();
    await expect(dashboard.getByTestId('kit-profile-name')).toHaveValue('Org Policy Kit');
    await expect(dashboard.getByTestId('kit-profile-name')).toBeDisabled();
    await expect(dashboard.getByTestId('banned-add')).toBeDisabled();
    await dashboard.getByTestId('kit-section-gate-toggle').click();
    await expect(dashboard.getByTestId('gate-mode-require-reason')).toBeChecked();
    await expect(dashboard.getByTestId('gate-mode-off')).toBeDisabled();
    await expect(dashboard.getByTestId('kit-save')).toHaveCount(0);

    const page = await ext.context.newPage();
    await focusBox(page, X_BOX);
    await page.keyboard.type('damn');
    await overlay(page).getByTestId('badge-clean').waitFor('visible');
    await page.keyboard.type(' frobnicate');
    await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
    // "Not a problem here" cannot write into a kit pushed by policy: the notice says who manages it, and the
    // finding stays.
    await overlay(page).getByTestId('onbrand-badge').click();
    await overlay(page).getByTestId('finding-0').click();
    await overlay(page).getByTestId('card-not-a-problem').click();
    await expect
      .poll(() => overlay(page).getByTestId('exception-notice').attribute('data-outcome'))
      .toBe('managed');
    expect(await overlay(page).getByTestId('exception-notice').text()).toContain('Org Policy Kit');
    expect(await overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
    // The policy's gate mode applies: posting past the finding needs a reason.
    await page.locator(X_BOX.submit).first().click();
    await overlay(page).getByTestId('gate-dialog').waitFor('visible');
    expect(await overlay(page).getByTestId('gate-post-anyway').disabled()).toBe(true);
  } finally {
    await ext.close();
    policy.remove();
    build.remove();
  }
});

test('30,000 banned terms: the list stays virtualised and search answers quickly', async ({
  ext,
  openExtensionPage,
}) => {
  // Stored before the dashboard opens, so it reads the 30,000 terms once (see seedKitWithManyTerms).
  await seedKitWithManyTerms(await ext.serviceWorker(), TEST_KIT, 30_000);
  const dashboard = await openExtensionPage('options.html');
  const list = dashboard.getByTestId('banned-list');
  await expect(list).toHaveAttribute('data-count', '30000');
  // Only the rows in view (plus a few) exist in the DOM.
  expect(await list.getByRole('listitem').count()).toBeLessThan(30);
  const started = Date.now();
  await dashboard.getByTestId('banned-search').fill('term2999');
  await expect(list).toHaveAttribute('data-count', '11');
  const searchMs = Date.now() - started;
  await dashboard.getByTestId('banned-filter-severity').selectOption('block');
  await expect(list).toHaveAttribute('data-count', '3'); // term29991, term29994, term29997
  // Scrolling to the end of an unfiltered list renders its last rows.
  await dashboard.getByTestId('banned-search').fill('');
  await dashboard.getByTestId('banned-filter-severity').selectOption('');
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(list.locator('[data-term="term29999"]')).toBeVisible();
  console.log(`search over 30,000 terms, keystroke burst to filtered list: ${searchMs} ms`);
  expect(searchMs).toBeLessThan(2_000);
});
