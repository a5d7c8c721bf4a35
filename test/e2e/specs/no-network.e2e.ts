import { readdirSync } from 'node:fs';
import type { Request } from '@playwright/test';
import { test, expect } from '../support/test';
import { TEST_KIT, seedKit } from '../support/kit';
import { FIXTURES_DIST } from '../support/paths';
import { storedRecords } from '../support/records';
import { SITE_BOXES, focusBox, modelText, publishedPosts } from '../support/site-pages';
import type { TemplateLibrary } from '@/lib/templates';
import { overlay } from '../support/overlay';

// "No network request": every request of every context of the browser — the service worker, the popup, the
// dashboard and the pages the content scripts run in — is recorded while a user goes through onboarding, the
// dashboard's tabs, the popup, a check, a template, a publish and a report. The only addresses allowed are the
// extension's own files and the fixture sites on loopback (the pages themselves and their assets).

const FIXTURE_HOSTS = new Set(
  readdirSync(FIXTURES_DIST, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name),
);
/** A host nobody serves: the recorder must see requests to it from the worker and from an extension page. */
const CANARY = 'onbrand-network-canary.invalid';

interface Seen {
  url: string;
  from: string;
}

function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return request.frame().url() || 'a page';
  } catch {
    return 'a page';
  }
}

function allowed(url: string, extensionId: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'chrome-extension:') return parsed.host === extensionId;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return parsed.protocol === 'https:' && FIXTURE_HOSTS.has(parsed.hostname.replace(/^www\./, ''));
}

const LIBRARY: TemplateLibrary = {
  version: 1,
  trigger: ';;',
  usage: {},
  templates: [
    {
      id: 'thanks',
      name: 'Thanks',
      body: 'Thanks, glad you like it!',
      language: 'en',
      shortcut: 'thx',
      tags: [],
      platforms: [],
      createdAt: 1,
      updatedAt: 1,
    },
  ],
};

test('no context of the extension sends a request outside the extension and the loopback fixtures', async ({
  ext,
}) => {
  test.setTimeout(120_000);
  const seen: Seen[] = [];
  ext.context.on('request', (request) => seen.push({ url: request.url(), from: origin(request) }));
  const worker = await ext.serviceWorker();

  // Onboarding, in the tab the install opened.
  const dashboard =
    ext.context.pages().find((p) => p.url().includes('/options.html')) ?? (await ext.context.newPage());
  if (!dashboard.url().includes('/options.html'))
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await dashboard.getByTestId('onb-brand').fill('Acme');
  await dashboard.getByTestId('onb-finish').click();
  await expect(dashboard.getByTestId('kit-picker')).toBeVisible();
  await seedKit(dashboard, TEST_KIT);
  await dashboard.evaluate(async (value) => {
    await (
      globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
    ).chrome.storage.local.set({ templates: value });
  }, LIBRARY);

  // Every dashboard tab.
  for (const tab of ['kit', 'templates', 'calendar', 'reports', 'settings']) {
    await dashboard.getByTestId(`tab-${tab}`).click();
    await expect(dashboard.getByTestId(`panel-${tab}`)).toBeVisible();
  }

  // A check, a template and a publish on a supported site.
  const reply = SITE_BOXES.find((b) => b.site === 'x-reply')!;
  const page = await ext.context.newPage();
  await focusBox(page, reply);
  await page.keyboard.type('That is damn fast');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(';;thx');
  await page.keyboard.press('Enter');
  await expect.poll(() => modelText(page, reply.editor)).toBe('Thanks, glad you like it!');
  await page.locator(reply.submit).first().click();
  await expect.poll(() => publishedPosts(page)).toEqual(['Thanks, glad you like it!']);
  await expect
    .poll(async () => (await storedRecords(dashboard)).filter((r) => r.kind === 'publish').length, {
      timeout: 15_000,
    })
    .toBe(1);

  // The popup, with that site as the tab it acts on.
  await page.bringToFront();
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-site')).toBeVisible();
  await expect(popup.getByTestId('popup-today')).toBeVisible();

  // A report, and its export.
  const reports = await ext.context.newPage();
  await reports.goto(`chrome-extension://${ext.extensionId}/options.html#reports/7`);
  await expect(reports.getByTestId('report-ready')).toBeVisible();
  await expect(reports.getByTestId('figure-replies').locator('dd')).toHaveText('1');
  const download = reports.waitForEvent('download');
  await reports.getByTestId('export-records-json').click();
  await download;

  // The recorder sees the worker and the extension pages: a request to an address nobody serves, from each.
  await worker.evaluate((host) => fetch(`https://${host}/from-worker`).catch(() => undefined), CANARY);
  await popup.evaluate((host) => fetch(`https://${host}/from-popup`).catch(() => undefined), CANARY);
  await expect
    .poll(() =>
      seen
        .filter((s) => s.url.includes(CANARY))
        .map((s) => s.url)
        .sort(),
    )
    .toEqual([`https://${CANARY}/from-popup`, `https://${CANARY}/from-worker`]);
  expect(seen.find((s) => s.url.endsWith('/from-worker'))?.from).toMatch(/^service worker chrome-extension:/);

  const outside = seen.filter((s) => !s.url.includes(CANARY) && !allowed(s.url, ext.extensionId));
  expect(
    outside,
    `requests outside the extension and the fixtures:\n${outside.map((s) => `${s.url} (from ${s.from})`).join('\n')}`,
  ).toEqual([]);
  // And the journey did load things: the check above is not vacuous.
  expect(seen.some((s) => s.url.startsWith(`chrome-extension://${ext.extensionId}/`))).toBe(true);
  expect(seen.some((s) => new URL(s.url).hostname === 'x.com')).toBe(true);
});
