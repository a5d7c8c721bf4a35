// What the background tells the assistant of a tab frame: a keyboard command (manifest `commands`, customisable at
// chrome://extensions/shortcuts) or a context-menu choice. Sent with tabs.sendMessage, so only this extension's
// background can send it (pages have no channel to the content script's runtime.onMessage).

/** `frame`: sent to one frame (a menu click's), which acts whether or not its document has focus. */
export type InPageCommand =
  | { onbrandInPage: 1; command: 'open-findings'; frame?: true }
  | { onbrandInPage: 1; command: 'open-templates'; frame?: true }
  | { onbrandInPage: 1; command: 'check-selection'; text: string; frame?: true };

/** Manifest command names (wxt.config.ts) and context-menu item ids. */
export const COMMAND_OPEN_FINDINGS = 'open-findings';
export const COMMAND_OPEN_TEMPLATES = 'open-templates';
export const COMMAND_PAUSE_SITE = 'pause-site';
export const MENU_INSERT_TEMPLATE = 'onbrand-insert-template';
export const MENU_CHECK_SELECTION = 'onbrand-check-selection';

/** The longest selection checked from the context menu (a long article is checked in its editor instead). */
export const MAX_SELECTION_CHECK = 20_000;

export function parseInPageCommand(message: unknown): InPageCommand | null {
  if (!message || typeof message !== 'object' || (message as { onbrandInPage?: unknown }).onbrandInPage !== 1)
    return null;
  const { command, text, frame } = message as { command?: unknown; text?: unknown; frame?: unknown };
  const targeted = frame === true ? { frame: true as const } : {};
  if (command === 'open-findings' || command === 'open-templates')
    return { onbrandInPage: 1, command, ...targeted };
  if (command === 'check-selection' && typeof text === 'string' && text.length <= MAX_SELECTION_CHECK)
    return { onbrandInPage: 1, command, text, ...targeted };
  return null;
}
