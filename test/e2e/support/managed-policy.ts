import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { CHROME_BUILD } from './paths';

// A REAL managed policy for the e2e: Debian's Chromium reads machine policy from /etc/chromium/policies/managed
// and watches the folder; "3rdparty.extensions.<id>" is what chrome.storage.managed returns to that extension.
// Machine policy reaches every Chromium on the machine, so a policy keyed by the shared build's id would reach
// the tests running beside it in the other worker (a managed kit wins over every local kit). Each policy test
// therefore loads its own copy of the build: an unpacked extension's id comes from its folder, so the copy has
// an id no other test uses.

const POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
function unpackedExtensionId(extensionPath: string): string {
  const hex = createHash('sha256').update(extensionPath).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface PrivateBuild {
  extensionPath: string;
  /** Known before launch, so a policy can be in place when the browser starts. */
  extensionId: string;
  remove(): void;
}

/** A copy of the built extension in a folder of its own (its own extension id, so its own policy). */
export function privateBuild(): PrivateBuild {
  const extensionPath = mkdtempSync(path.join(tmpdir(), 'onbrand-policy-build-'));
  cpSync(CHROME_BUILD, extensionPath, { recursive: true });
  return {
    extensionPath,
    extensionId: unpackedExtensionId(extensionPath),
    remove: () => rmSync(extensionPath, { recursive: true, force: true }),
  };
}

export interface PolicyFile {
  /** Replaces the policy the extension reads. */
  write(values: Record<string, unknown>): void;
  /** The organisation removes the policy. */
  remove(): void;
}

export function policyFor(extensionId: string): PolicyFile {
  const file = path.join(POLICY_DIR, `onbrand-e2e-${extensionId}.json`);
  return {
    write(values) {
      mkdirSync(POLICY_DIR, { recursive: true });
      // Leftovers of an interrupted run (older than any running test) name deleted copies: remove them.
      for (const stale of readdirSync(POLICY_DIR).filter((name) => name.startsWith('onbrand-e2e-'))) {
        const old = path.join(POLICY_DIR, stale);
        if (statSync(old).mtimeMs < Date.now() - 10 * 60_000) rmSync(old, { force: true });
      }
      writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }));
    },
    remove: () => rmSync(file, { force: true }),
  };
}

/** Reloads an extension page until `ready` holds (Chromium re-reads policy files on its own schedule). */
export async function reloadUntil(page: Page, ready: () => Promise<boolean>, waitFor: string): Promise<void> {
  await expect(async () => {
    await page.reload();
    await page.getByTestId(waitFor).waitFor();
    expect(await ready()).toBe(true);
  }).toPass({ timeout: 60_000, intervals: [2_000] });
}
