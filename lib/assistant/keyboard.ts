import { browser } from 'wxt/browser';
import { isComposing } from '@/lib/editors/composition';
import type { BoxSession } from './box-session';
import { isAssistantUi } from './assistant-ui';
import { deepActiveElement } from './focus';
import { anyPanelOpen, closeAllPanels } from './panels';
import { parseInPageCommand, type InPageCommand } from './in-page-commands';
import { findingsListOpen, gateRequest } from './ui-state';

// The overlay's keyboard model (lib/assistant/README.md): Escape closes the open panel from anywhere — the editor
// included — and never reaches the site's own Escape handlers; the browser's commands (manifest `commands`) open
// the findings or the templates from the editor.

export interface KeyboardHost {
  activeSession(): BoxSession | null;
  /** The box an event happened in (null outside boxes and inside Onbrand's own UI). */
  sessionForEvent(event: Event): BoxSession | null;
  signal: AbortSignal;
}

/**
 * Escape while a panel is open: close it, stop the key (a LinkedIn share modal would close too), and put the
 * caret back in the box when focus was in the overlay. Listens on the window in the capture phase, ahead of the
 * site's listeners; the template picker's trigger mode handles its own Escape before this one.
 */
export function installEscape(host: KeyboardHost): void {
  addEventListener(
    'keydown',
    (event) => {
      if (
        event.key !== 'Escape' ||
        !event.isTrusted ||
        isComposing(event) ||
        gateRequest.value ||
        !anyPanelOpen()
      )
        return;
      const fromOverlay = isAssistantUi(event.composedPath()[0]) || isAssistantUi(deepActiveElement());
      if (!fromOverlay && !host.sessionForEvent(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      // Back in the box before the panel that holds focus goes, in this same keydown.
      if (fromOverlay) host.activeSession()?.returnToCaret();
      closeAllPanels();
    },
    { capture: true, signal: host.signal },
  );
}

/**
 * Commands and context-menu choices the background forwards to this frame (see in-page-commands.ts). Only a frame
 * that has focus answers, `{ handled: true }`, so a command sent to every frame of a tab is taken by one.
 */
export function listenForInPageCommands(handlers: {
  openFindings(): void;
  openTemplates(): void;
  checkSelection(text: string): void;
  signal: AbortSignal;
}): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only this extension's background (no tab) sends these.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const command: InPageCommand | null = parseInPageCommand(message);
    if (!command || (!command.frame && !document.hasFocus())) return undefined;
    try {
      if (command.command === 'open-findings') handlers.openFindings();
      else if (command.command === 'open-templates') handlers.openTemplates();
      else handlers.checkSelection(command.text);
    } catch (error) {
      // Answered all the same: the background must not inject the assistant a second time.
      console.error('Onbrand: in-page command failed', error);
    }
    return Promise.resolve({ handled: true });
  };
  browser.runtime.onMessage.addListener(listener);
  handlers.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/** The "open findings" command: the list, with focus on the first finding (arrows move, Enter applies). */
export function openFindingsFromKeyboard(session: BoxSession | null): void {
  if (!session) return;
  session.checkNow();
  findingsListOpen.value = { via: 'keyboard' };
}
