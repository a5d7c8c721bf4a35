import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_BUILD } from './paths';

// Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core 24: the last line that runs on Node 20;
// Playwright's Firefox is a patched build it would have to download). The built Firefox extension is installed
// as a temporary add-on (BiDi `webExtension.install`), as `about:debugging` would.

/** Fixed so extension pages have a known origin: Firefox reads it from this pref at install. */
export const FIREFOX_EXTENSION_UUID = '7d0c4a52-3f1e-4b8a-9c61-0e2f5a9b7c13';
const GECKO_ID = 'onbrand@onbrand.app';

/**
 * Firefox has no host-resolver flag, so it is given an HTTPS proxy on loopback that tunnels every CONNECT
 * (x.com:443, weibo.com:443 …) to the fixture server. Nothing leaves the machine: Firefox's own background
 * requests end at the fixture server too (404).
 */
async function startTunnel(fixturePort: number): Promise<{ server: net.Server; sockets: Set<net.Socket> }> {
  // Every socket is kept, so closing can end them: `server.close()` alone waits for each open connection, and a
  // Firefox process that outlived the browser kept one open (the teardown hang of CI's retried firefox test).
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const tunnel = net.createServer((client) => {
    track(client);
    client.once('data', () => {
      const upstream = net.connect(fixturePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      track(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((resolve) => tunnel.listen(0, '127.0.0.1', resolve));
  return { server: tunnel, sockets };
}

/** Resolves after `ms` (or at once when `done` settles first); never keeps the runner alive. */
function within(done: Promise<unknown>, ms: number): Promise<void> {
  return Promise.race([
    done.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, ms).unref()),
  ]);
}

/**
 * Ends Firefox and every process it started: puppeteer spawns it detached, so it leads its own process group, and
 * SIGKILL to the group also reaches the content, socket and utility processes that may outlive the parent.
 */
async function killProcessGroup(child: ChildProcess | null): Promise<void> {
  if (!child?.pid) return;
  const exited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL'); // no group (already gone, or not spawned detached)
  }
  await within(exited, 5_000);
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>/<page> */
  extensionUrl(page: string): string;
  /** Opens an extension page in a new tab (BiDi allows it with --remote-allow-system-access). */
  openExtensionPage(page: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX))
    throw new Error(
      `${FIREFOX} is missing: run test/tools/ensure-chromium.sh (installs firefox-esr with apt)`,
    );
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run npm run build:firefox`);
  const tunnel = await startTunnel(Number(process.env.ONBRAND_FIXTURE_PORT ?? 443));
  const tunnelPort = (tunnel.server.address() as net.AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: mkdtempSync(path.join(tmpdir(), 'onbrand-firefox-')),
    // Lets BiDi open moz-extension:// pages (the popup, the dashboard); without it navigation there is refused.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': tunnelPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const extensionUrl = (page: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${page}`;
  return {
    browser,
    extensionUrl,
    async openExtensionPage(name) {
      const page = await browser.newPage();
      // The load event of an extension page is not reported over BiDi; the DOM is enough to go on.
      await page
        .goto(extensionUrl(name), { waitUntil: 'domcontentloaded', timeout: 5_000 })
        .catch(() => undefined);
      await page.waitForFunction(
        (href) => location.href === href && document.readyState !== 'loading',
        {},
        extensionUrl(name),
      );
      return page;
    },
    async close() {
      // Every step is bounded (at most ~12 s in all): the BiDi session is closed (Firefox sometimes never answers
      // browser.close), then the process group is killed, then the tunnel's sockets are ended and it stops.
      const firefoxProcess = browser.process();
      await within(browser.close(), 5_000);
      await killProcessGroup(firefoxProcess);
      for (const socket of tunnel.sockets) socket.destroy();
      await within(new Promise<void>((resolve) => tunnel.server.close(() => resolve())), 2_000);
    },
  };
}
