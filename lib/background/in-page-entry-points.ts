import { browser, type Browser } from 'wxt/browser';
import { resolveLocale, translate } from '@/lib/i18n';
import { loadSettings, onSettingsChanged, saveSettings } from '@/lib/storage/settings-store';
import {
  COMMAND_OPEN_FINDINGS,
  COMMAND_OPEN_TEMPLATES,
  COMMAND_PAUSE_SITE,
  MAX_SELECTION_CHECK,
  MENU_CHECK_SELECTION,
  MENU_INSERT_TEMPLATE,
  type InPageCommand,
} from '../assistant/in-page-commands';
import { ASSISTANT_SCRIPT } from './inject-assistant';

// The assistant's ways in besides the page itself: the keyboard commands of the manifest (customisable at
// chrome://extensions/shortcuts) and two context-menu items, "Insert template…" in any editable and "Check this
// selection with Onbrand" on selected text. Each is forwarded to the tab frame it concerns, with the assistant
// injected there first when it is not loaded yet (the menu click or the command is the person's gesture, and
// activeTab grants this tab for it).

type Tab = Browser.tabs.Tab;
type MenuInfo = Browser.contextMenus.OnClickData;

async function menuTitles(): Promise<Record<string, string>> {
  const settings = await loadSettings();
  const locale = resolveLocale(settings.locale, navigator.language);
  return {
    [MENU_INSERT_TEMPLATE]: translate(locale, 'picker.menu.insert'),
    [MENU_CHECK_SELECTION]: translate(locale, 'assistant.menu.checkSelection'),
  };
}

/** (Re)creates the two items in the UI language; the settings' language can change at any time. */
export async function createMenus(): Promise<void> {
  const titles = await menuTitles();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_INSERT_TEMPLATE,
    title: titles[MENU_INSERT_TEMPLATE],
    contexts: ['editable'],
  });
  browser.contextMenus.create({
    id: MENU_CHECK_SELECTION,
    title: titles[MENU_CHECK_SELECTION],
    contexts: ['selection'],
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `command` to one frame of a tab, injecting the assistant when no listener answers. The assistant answers
 * `{ handled: true }` once its features are running; until then (it is starting) the send is retried briefly.
 */
export async function sendToFrame(tabId: number, frameId: number, command: InPageCommand): Promise<boolean> {
  let injected = false;
  for (let attempt = 0; attempt < 30; attempt++) {
    const reply = (await browser.tabs
      .sendMessage(tabId, { ...command, frame: true }, { frameId })
      .catch(() => undefined)) as { handled?: boolean } | undefined;
    if (reply?.handled) return true;
    if (!injected) {
      injected = true;
      const ok = await browser.scripting
        .executeScript({ target: { tabId, frameIds: [frameId] }, files: [ASSISTANT_SCRIPT] })
        .then(
          () => true,
          () => false,
        );
      if (!ok) return false;
    }
    await pause(100);
  }
  return false;
}

export async function onMenuClicked(info: MenuInfo, tab?: Tab): Promise<boolean> {
  if (tab?.id === undefined) return false;
  const frameId = info.frameId ?? 0;
  if (info.menuItemId === MENU_INSERT_TEMPLATE)
    return sendToFrame(tab.id, frameId, { onbrandInPage: 1, command: 'open-templates' });
  if (info.menuItemId === MENU_CHECK_SELECTION && info.selectionText) {
    return sendToFrame(tab.id, frameId, {
      onbrandInPage: 1,
      command: 'check-selection',
      text: info.selectionText.slice(0, MAX_SELECTION_CHECK),
    });
  }
  return false;
}

/** A command goes to the frame that has focus: every frame is asked, and only the focused one answers. */
export async function onCommand(command: string, tab?: Tab): Promise<boolean> {
  const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (active?.id === undefined) return false;
  if (command === COMMAND_PAUSE_SITE) {
    if (!active.url) return false;
    const host = new URL(active.url).hostname;
    const { pausedHosts } = await loadSettings();
    await saveSettings({
      pausedHosts: pausedHosts.includes(host)
        ? pausedHosts.filter((h) => h !== host)
        : [...pausedHosts, host],
    });
    return true;
  }
  const name =
    command === COMMAND_OPEN_FINDINGS
      ? 'open-findings'
      : command === COMMAND_OPEN_TEMPLATES
        ? 'open-templates'
        : null;
  if (!name) return false;
  // Sent to every frame of the tab: only the frame that has focus answers (and acts).
  const reply = (await browser.tabs
    .sendMessage(active.id, { onbrandInPage: 1, command: name })
    .catch(() => undefined)) as { handled?: boolean } | undefined;
  if (reply?.handled) return true;
  // No assistant loaded yet: the top frame gets one (the person pressed the shortcut in this tab).
  return sendToFrame(active.id, 0, { onbrandInPage: 1, command: name });
}

/**
 * Wired once from the background's main(): listeners registered synchronously, the menus created on install
 * and startup and re-titled when the UI language changes.
 */
export function registerInPageEntryPoints(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  onSettingsChanged(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
}
