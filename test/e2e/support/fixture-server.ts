import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

// Serves the site-like fixture pages under the real hostnames. Chromium is started with
// --host-resolver-rules="MAP * 127.0.0.1", so https://x.com/home reaches this server and is answered from
// <root>/x.com/home/index.html. Nothing here ever leaves loopback.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A self-signed certificate made now, valid for every name (Chromium is told to ignore HTTPS errors). */
export function makeSelfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'onbrand-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=onbrand-fixtures',
      '-addext',
      'subjectAltName=DNS:*.x.com,DNS:x.com,DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * A fixture page's times relative to the moment it is served: `{{minutes-ago:N}}` becomes the ISO instant N
 * minutes before now, so a thread's "2h" comment is two hours old on any date (a fixed date made the demo's
 * reply time hundreds of hours).
 */
export function renderServedTimes(html: string, now = Date.now()): string {
  return html.replace(/\{\{minutes-ago:(\d+)\}\}/g, (_, minutes: string) =>
    new Date(now - Number(minutes) * 60_000).toISOString(),
  );
}

/** Maps a request to a file: `/__fixtures/…` on any host → <root>/…; otherwise <root>/<host><path>/index.html. */
export function resolveFixturePath(root: string, host: string, pathname: string): string | undefined {
  const safe = path.posix.normalize(decodeURIComponent(pathname));
  if (safe.includes('..')) return undefined;
  const hostname = host.replace(/:\d+$/, '').replace(/^www\./, '');
  const candidates = safe.startsWith('/__fixtures/')
    ? [path.join(root, safe.slice('/__fixtures/'.length))]
    : [path.join(root, hostname, safe, 'index.html'), path.join(root, hostname, safe)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export interface FixtureServer {
  httpsPort: number;
  httpPort: number;
  close(): Promise<void>;
}

export async function startFixtureServer(
  roots: string[],
  ports: { https: number; http: number } = { https: 443, http: 80 },
): Promise<FixtureServer> {
  const handler: http.RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const host = req.headers.host ?? 'localhost';
    const file = roots.map((root) => resolveFixturePath(root, host, url.pathname)).find(Boolean);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${url.pathname}`);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(file.endsWith('.html') ? renderServedTimes(readFileSync(file, 'utf8')) : readFileSync(file));
  };
  const secure = https.createServer(makeSelfSignedCertificate(), handler);
  const plain = http.createServer(handler);
  await Promise.all([
    new Promise<void>((resolve, reject) =>
      secure.once('error', reject).listen(ports.https, '127.0.0.1', resolve),
    ),
    new Promise<void>((resolve, reject) =>
      plain.once('error', reject).listen(ports.http, '127.0.0.1', resolve),
    ),
  ]);
  return {
    httpsPort: (secure.address() as AddressInfo).port,
    httpPort: (plain.address() as AddressInfo).port,
    close: () =>
      Promise.all([
        new Promise<void>((resolve) => secure.close(() => resolve())),
        new Promise<void>((resolve) => plain.close(() => resolve())),
      ]).then(() => undefined),
  };
}

/**
 * Serves on 443/80 like the real sites. When 443 is taken (another run on this machine) or not allowed
 * (not root), falls back to a free port and sets ONBRAND_FIXTURE_PORT, which launchWithExtension turns into
 * `MAP * 127.0.0.1:<port>` (HTTPS only).
 */
export async function serveFixtures(roots: string[]): Promise<FixtureServer> {
  try {
    return await startFixtureServer(roots);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    const server = await startFixtureServer(roots, { https: 0, http: 0 });
    process.env.ONBRAND_FIXTURE_PORT = String(server.httpsPort);
    console.log(`Port 443 is not available: fixtures served on 127.0.0.1:${server.httpsPort} instead.`);
    return server;
  }
}
