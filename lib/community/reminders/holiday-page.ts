import { composeUrl } from '../../calendar/compose';
import type { Settings } from '../../storage/settings';
import type { PlatformId } from '../../platforms';

// Where a holiday greeting is written: the compose page of the first platform Settings names an own account on
// (the brand posts there), so the assistant in its box can offer the holiday template. None: undefined.

export function ownComposePage(ownAccounts: Settings['ownAccounts']): string | undefined {
  for (const [platform, handles] of Object.entries(ownAccounts) as Array<
    [PlatformId, string[] | undefined]
  >) {
    const url = handles?.length ? composeUrl(platform) : undefined;
    if (url) return url;
  }
  return undefined;
}
