import { createRoot, type Root } from 'react-dom/client';
import { SITE_HOST_PATTERNS, siteHostname } from '@/lib/sites/hosts';
import { startAssistant } from '@/lib/assistant/runtime';
import { keepHostAboveModalDialogs } from '@/lib/assistant/modal-dialog-host';
import { AssistantOverlay } from '@/components/overlay/AssistantOverlay';
import { startLocaleSync } from '@/components/shared/i18n';
import { onSettingsChanged } from '@/lib/storage/page-settings';
import { clearHighlights } from '@/lib/assistant/highlights';
import { ASSISTANT_HOST } from '@/lib/assistant/assistant-ui';
import { ensureMessages } from '@/lib/assistant/parts';
import { claimAssistant, releaseAssistant } from '@/lib/assistant/page-handshake';
// Inlined so extra sites (not in web_accessible_resources) get the same styles without exposing a file.
import overlayCss from './style.css?inline';

// The full in-page assistant. Not listed in the manifest: the small `content` script asks the background to
// inject it into a frame when a person first focuses an editable box there. Its UI lives in a closed shadow root
// and it never edits the site's DOM (highlights go through the CSS Custom Highlight API).
export default defineContentScript({
  matches: SITE_HOST_PATTERNS,
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (!claimAssistant()) return;

    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    // The features start now, reading and compiling the kit while the UI's strings are read and it mounts: the
    // first check of the focused box waits for both, not for one after the other. (They use no UI string.)
    const assistant = startAssistant(controller.signal);
    assistant.catch(() => undefined);
    // The overlay declares its language on its own root (below); the site's <html lang> is the site's.
    await startLocaleSync(ensureMessages, (locale) => overlayLang.set(locale));
    const ui = await createShadowRootUi(ctx, {
      name: ASSISTANT_HOST,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      // Closed: the page's scripts get no reference into it (host.shadowRoot is null), so they can read neither the
      // findings, the kit's messages nor the templates, and can click nothing in it.
      mode: 'closed',
      // Events that carry what is typed in the overlay (the gate's reason, the picker's search, form answers) stop
      // at its root instead of reaching the page's listeners on the host.
      isolateEvents: [
        'keydown',
        'keyup',
        'keypress',
        'input',
        'beforeinput',
        'textInput',
        'paste',
        'cut',
        'copy',
        'drop',
        'compositionstart',
        'compositionupdate',
        'compositionend',
        'select',
        'selectionchange',
      ],
      onMount(container, shadow) {
        const style = document.createElement('style');
        style.textContent = overlayCss;
        shadow.prepend(style);
        overlayLang.attach(container);
        const root = createOverlayRoot(container);
        root.render(<AssistantOverlay />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    keepHostAboveModalDialogs(ui.shadowHost, controller.signal);
    // Paused from the popup: tear everything down; the page-load script injects us again when resumed.
    const stopWatchingSettings = onSettingsChanged((settings) => {
      if (!settings.pausedHosts.includes(siteHostname())) return;
      stopWatchingSettings();
      controller.abort();
      clearHighlights();
      ui.remove();
      releaseAssistant();
    });
    await assistant;
  },
});

/** The UI language on the overlay's container, for screen readers and fonts; known before the container exists. */
const overlayLang = {
  locale: '',
  container: null as Element | null,
  set(locale: string) {
    this.locale = locale;
    this.container?.setAttribute('lang', locale);
  },
  attach(container: Element) {
    this.container = container;
    if (this.locale) container.setAttribute('lang', this.locale);
  },
};

/**
 * React listens to the page's `selectionchange` for `onSelect`, which the overlay never uses; left in place, every
 * caret move in the site's editor would run React's event dispatch. createRoot adds that listener to the
 * document, so this world's `document.addEventListener` skips it for the length of that one call.
 */
function createOverlayRoot(container: Element): Root {
  const listen = document.addEventListener;
  document.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
    if (args[0] !== 'selectionchange') listen.apply(this, args);
  };
  try {
    return createRoot(container);
  } finally {
    delete (document as { addEventListener?: unknown }).addEventListener;
  }
}
