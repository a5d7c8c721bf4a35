import type { ExtensionBrowser } from './browser';

// The browser's keyboard commands (manifest `commands`) and context-menu clicks, delivered as the browser
// delivers them: headless Chromium neither turns CDP key presses into extension commands nor opens native
// menus, so the service worker's own registered handlers (lib/background/in-page-entry-points.ts, the same
// functions passed to commands.onCommand and contextMenus.onClicked) are called there with the real active tab
// from tabs.query and an OnClickData shaped like the browser's.

interface Tab {
  id?: number;
  url?: string;
}
type Handlers = {
  onCommand(command: string, tab?: Tab): Promise<boolean>;
  onMenuClicked(info: Record<string, unknown>, tab?: Tab): Promise<boolean>;
};
/** The worker's `chrome` (this file is compiled for Node, without the extension types). */
type WorkerGlobal = {
  chrome: { tabs: { query(q: object): Promise<Tab[]> } };
  onbrandInPageEntryPoints: Handlers;
};

/** Runs a manifest command in the active tab, as pressing its shortcut would. */
export async function runCommand(ext: ExtensionBrowser, command: string): Promise<boolean> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(async (name) => {
    const worker = globalThis as unknown as WorkerGlobal;
    const [tab] = await worker.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return worker.onbrandInPageEntryPoints.onCommand(name, tab);
  }, command);
}

/** Clicks one of Onbrand's context-menu items in the active tab's top frame. */
export async function clickMenuItem(
  ext: ExtensionBrowser,
  info: { menuItemId: string; selectionText?: string; editable: boolean },
): Promise<boolean> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(async (clicked) => {
    const worker = globalThis as unknown as WorkerGlobal;
    const [tab] = await worker.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return worker.onbrandInPageEntryPoints.onMenuClicked(
      { ...clicked, frameId: 0, pageUrl: tab.url ?? '' },
      tab,
    );
  }, info);
}
