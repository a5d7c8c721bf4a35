import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, launchWithExtension } from '../../e2e/support/browser';
import { CHROMIUM } from '../../e2e/support/paths';

/** One of the two browsers the bench compares: same Chromium, same flags, with or without the extension. */
export interface BenchBrowser {
  label: 'OFF' | 'ON';
  context: BrowserContext;
  extensionId?: string;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1280, height: 860 };

/** Chromium exactly as launchWithExtension starts it, minus the extension (Playwright's default --disable-extensions stays). */
export async function launchWithoutExtension(): Promise<BenchBrowser> {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(path.join(tmpdir(), 'onbrand-bench-off-')),
    {
      executablePath: CHROMIUM,
      headless: true,
      ignoreHTTPSErrors: true,
      locale: 'en-US',
      viewport: VIEWPORT,
      args: chromiumArgs(),
    },
  );
  return { label: 'OFF', context, close: () => context.close() };
}

export async function launchExtensionOn(extensionPath?: string): Promise<BenchBrowser> {
  const ext = await launchWithExtension({ extensionPath });
  // The onboarding dashboard opened on install would keep rendering in a background tab: close it so both
  // browsers run nothing but the page under test.
  for (const page of ext.context.pages())
    if (page.url().startsWith('chrome-extension://')) await page.close();
  return { label: 'ON', context: ext.context, extensionId: ext.extensionId, close: ext.close };
}
