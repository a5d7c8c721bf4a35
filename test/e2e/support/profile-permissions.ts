import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Grants an optional host permission the way Chromium stores a granted one: in the closed profile's Preferences
 * (an unpacked extension's settings live there, not in Secure Preferences). Headless Chromium cannot show the
 * permission prompt, and no policy grants an optional host; with the host already granted,
 * `permissions.request` resolves true at once, as it does for a user who said yes before.
 */
export function grantHostInClosedProfile(
  userDataDir: string,
  extensionId: string,
  originPattern: string,
): void {
  const file = path.join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings?.granted_permissions) throw new Error(`no settings for ${extensionId} in ${file}`);
  for (const set of [settings.granted_permissions, settings.active_permissions]) {
    for (const key of ['explicit_host', 'scriptable_host']) set[key] = [...(set[key] ?? []), originPattern];
  }
  writeFileSync(file, JSON.stringify(prefs));
}
