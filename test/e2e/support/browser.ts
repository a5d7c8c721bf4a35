import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_BUILD, CHROMIUM } from './paths';

/**
 * Flags every Chromium we start shares: all hosts on loopback (the fixture server; a fallback port when 443
 * was taken), and nothing that would reach the network on its own.
 */
export function chromiumArgs(locale = 'en-US'): string[] {
  const port = process.env.ONBRAND_FIXTURE_PORT;
  return [
    // 127.0.0.1 itself is left alone: the team server of team.e2e.ts listens there on its own port.
    `--host-resolver-rules=MAP * 127.0.0.1${port ? `:${port}` : ''}, EXCLUDE 127.0.0.1`,
    // The fixture server's self-signed certificate, for every tab. Playwright's ignoreHTTPSErrors covers a tab only
    // once it has attached to it: a tab the extension opens itself (a reminder's notification) could navigate first
    // and show "Your connection is not private" (the holiday reminder's e2e, 4 of 12 runs). Every host resolves to
    // the loopback fixture server above, so nothing else is reached with it.
    '--ignore-certificate-errors',
    `--lang=${locale}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded. Every hostname resolves to 127.0.0.1, where the fixture
 * server answers, so the manifest's real match patterns decide where the content script runs.
 */
export async function launchWithExtension(
  options: { headless?: boolean; locale?: string; extensionPath?: string; userDataDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  // A given profile folder is reused (a browser restart); otherwise a fresh one.
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'onbrand-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 860 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...chromiumArgs(options.locale),
    ],
  });
  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await serviceWorker()).url()).host;
  // On install Onbrand opens its dashboard (onboarding), and Chromium reports an install for an extension given by
  // --load-extension on every launch, a restart on the same profile included (measured: the tab appears 0.2–0.35 s
  // after the launch returns, three restarts of three). Let that tab settle so it cannot take over a tab a test
  // opens next ("navigation interrupted by another navigation to options.html"); tests open their own pages. The wait
  // is long because the tab always comes and only load delays it: a 5 s wait ran out at load average 28 and the
  // next test's options.html was taken over (overlay-caret-shift, round 14's repeat run).
  const installPage = await waitForPage(
    context,
    (url) => url.startsWith(`chrome-extension://${extensionId}/options.html`),
    30_000,
  );
  if (!installPage) console.warn(`launchWithExtension: no install tab within 30 s (${userDataDir})`);
  await installPage?.waitForLoadState();
  return { context, extensionId, serviceWorker, close: () => context.close() };
}

export function extensionUrl(extensionId: string, page: string): string {
  return `chrome-extension://${extensionId}/${page}`;
}

/** Stops the MV3 service worker the way Chrome does when it idles; the next event wakes it again. */
export async function stopServiceWorker(context: BrowserContext, anyPage: Page): Promise<void> {
  const session = await context.newCDPSession(anyPage);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

async function waitForPage(
  context: BrowserContext,
  match: (url: string) => boolean,
  timeoutMs: number,
): Promise<Page | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => match(p.url()));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}
