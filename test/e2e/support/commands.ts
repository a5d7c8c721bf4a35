import type { ExtensionBrowser } from './browser';

// The browser's keyboard commands (manifest `commands`) and context-menu clicks, delivered through the browser's
// own event objects: headless Chromium neither turns CDP key presses into extension commands nor opens native
// menus, so the test fires `chrome.commands.onCommand` / `chrome.contextMenus.onClicked` in the service worker
// (Chrome's extension events expose `dispatch`), with the real active tab from tabs.query and an OnClickData
// shaped like the browser's. Whatever listeners the worker registered run, exactly as for a real key or click;
// the shipped worker exposes nothing of its own for tests.

interface Tab {
  id?: number;
  url?: string;
}
interface BrowserEvent {
  dispatch(...args: unknown[]): void;
}
/** The worker's `chrome` (this file is compiled for Node, without the extension types). */
type WorkerGlobal = {
  chrome: {
    tabs: { query(q: object): Promise<Tab[]> };
    commands: { onCommand: BrowserEvent };
    contextMenus: { onClicked: BrowserEvent };
  };
};

/** Runs a manifest command in the active tab, as pressing its shortcut would. */
export async function runCommand(ext: ExtensionBrowser, command: string): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    chrome.commands.onCommand.dispatch(name, tab);
  }, command);
}

/** Clicks one of Onbrand's context-menu items in the active tab's top frame. */
export async function clickMenuItem(
  ext: ExtensionBrowser,
  info: { menuItemId: string; selectionText?: string; editable: boolean },
): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(async (clicked) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    chrome.contextMenus.onClicked.dispatch({ ...clicked, frameId: 0, pageUrl: tab.url ?? '' }, tab);
  }, info);
}

/**
 * The context-menu items as the worker (re)creates them: `contextMenus` has no read API, so `create` is watched
 * (and still called) from now on, and `update` with no change proves each item exists in the browser.
 */
export async function watchMenus(ext: ExtensionBrowser): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      chrome: { contextMenus: { create(p: { id: string; title: string; contexts: string[] }): unknown } };
      createdMenus?: Record<string, { title: string; contexts: string[] }>;
    };
    const create = g.chrome.contextMenus.create.bind(g.chrome.contextMenus);
    g.createdMenus = {};
    g.chrome.contextMenus.create = (props) => {
      g.createdMenus![props.id] = { title: props.title, contexts: props.contexts };
      return create(props);
    };
  });
}

/** The items created since `watchMenus`, each confirmed to exist in the browser's menu registry. */
export async function createdMenus(
  ext: ExtensionBrowser,
): Promise<Record<string, { title: string; contexts: string[]; exists: boolean }>> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(async () => {
    const g = globalThis as unknown as {
      chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };
      createdMenus: Record<string, { title: string; contexts: string[] }>;
    };
    const entries = await Promise.all(
      Object.entries(g.createdMenus).map(async ([id, item]) => {
        const exists = await g.chrome.contextMenus.update(id, {}).then(
          () => true,
          () => false,
        );
        return [id, { ...item, exists }] as const;
      }),
    );
    return Object.fromEntries(entries);
  });
}
