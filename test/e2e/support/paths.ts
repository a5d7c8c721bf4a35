import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROME_BUILD = path.join(REPO_ROOT, process.env.ONBRAND_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIREFOX_BUILD = path.join(REPO_ROOT, process.env.ONBRAND_OUT_DIR ?? '.output', 'firefox-mv2');
export const FIXTURES_DIST = path.join(REPO_ROOT, 'test/fixtures/dist');
export const DEMO_ROOT = path.join(REPO_ROOT, 'test/demo/site');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
