import { browser } from 'wxt/browser';
import { compileKit, type BrandKit, type Checker } from '@/lib/engine';
import { KITS_KEY, activeKit, parseLibrary } from './kit-store';

/** Loads the active kit, compiles it once, and recompiles when the dashboard changes it. */
export async function watchActiveChecker(onChecker: (checker: Checker, kit: BrandKit) => void): Promise<() => void> {
  const load = async () => {
    const stored = (await browser.storage.local.get(KITS_KEY))[KITS_KEY];
    const kit = activeKit(parseLibrary(stored ?? undefined));
    onChecker(compileKit(kit), kit);
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KITS_KEY in changes) void load();
  };
  browser.storage.onChanged.addListener(onChanged);
  await load();
  return () => browser.storage.onChanged.removeListener(onChanged);
}
