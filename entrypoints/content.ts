import { send } from '@/lib/messaging/client';
import { SITE_HOST_PATTERNS } from '@/lib/sites/hosts';
import { editableFromEvent, deepActiveElement, isEditableElement } from '@/lib/assistant/focus';
import { loadSettings, onSettingsChanged } from '@/lib/storage/settings-store';

// The only script every supported page loads: a few KB that wait for the first focus on an editable box and
// then ask the background to inject the full assistant into this frame. Pages where the manager never
// writes pay nothing else.
export default defineContentScript({
  matches: SITE_HOST_PATTERNS,
  runAt: 'document_idle',
  allFrames: true,
  // WeChat's article body is an about:blank iframe editor inside mp.weixin.qq.com.
  matchAboutBlank: true,
  main() {
    const flags = globalThis as { __onbrandLoader?: boolean };
    if (flags.__onbrandLoader) return;
    flags.__onbrandLoader = true;

    let requested = false;
    const load = async () => {
      if (requested) return;
      requested = true;
      document.removeEventListener('focusin', onFocus, true);
      const { pausedHosts } = await loadSettings();
      if (pausedHosts.includes(location.hostname)) {
        requested = false;
        document.addEventListener('focusin', onFocus, true);
        return;
      }
      await send('assistant.load', {});
    };
    const onFocus = (event: FocusEvent) => {
      if (editableFromEvent(event)) void load();
    };
    document.addEventListener('focusin', onFocus, true);
    if (isEditableElement(deepActiveElement())) void load();

    // Pausing removes the assistant; watch for focus again so resuming works without a reload.
    onSettingsChanged((settings) => {
      if (settings.pausedHosts.includes(location.hostname) && requested) {
        requested = false;
        document.addEventListener('focusin', onFocus, true);
      }
    });
  },
});
