import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './test';
import { extensionUrl, launchWithExtension, type ExtensionBrowser } from './browser';
import { grantHostInClosedProfile } from './profile-permissions';

// A manager's browser in team mode, for the specs that run the real team server (server/test/harness).

/** A profile whose team server host was granted before (headless Chromium cannot show the prompt). */
export async function teamProfile(prefix = 'onbrand-team-'): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), prefix));
  const first = await launchWithExtension({ userDataDir });
  await first.close();
  grantHostInClosedProfile(userDataDir, first.extensionId, 'http://127.0.0.1/*');
  return launchWithExtension({ userDataDir });
}

/** Joins the team at `origin` with `token` from the dashboard's Team tab, as a person does; the tab stays open. */
export async function joinTeam(ext: ExtensionBrowser, origin: string, token: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(extensionUrl(ext.extensionId, 'options.html#team'));
  await page.getByTestId('team-server').fill(origin);
  await page.getByTestId('team-invitation').fill(token);
  await page.getByTestId('team-connect').click();
  await expect(page.getByTestId('team-connected')).toBeVisible();
  await expect(page.getByTestId('team-sync')).toHaveAttribute('data-state', 'connected');
  return page;
}
