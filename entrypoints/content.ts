import { send } from '@/lib/messaging/client';
import { SITE_HOST_PATTERNS, siteHostname } from '@/lib/sites/hosts';
import { editableFromEvent, deepActiveElement, isEditableElement } from '@/lib/assistant/focus';
import { loadSettings, onSettingsChanged } from '@/lib/storage/settings-store';
import { postPagePlatform } from '@/lib/sites/post-urls';

// The only script every supported page loads: a few KB that wait for the first focus on an editable box and
// then ask the background to inject the full assistant into this frame (on post pages it asks at once, see
// below). Pages where the manager never writes pay nothing else.
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
    const load = async (reason: 'focus' | 'post-page' = 'focus') => {
      if (requested) return;
      requested = true;
      document.removeEventListener('focusin', onFocus, true);
      const { pausedHosts } = await loadSettings();
      if (pausedHosts.includes(siteHostname())) {
        requested = false;
        document.addEventListener('focusin', onFocus, true);
        return;
      }
      const { injected } = await send('assistant.load', { reason });
      if (!injected) {
        requested = false;
        document.addEventListener('focusin', onFocus, true);
      }
    };
    const onFocus = (event: FocusEvent) => {
      if (editableFromEvent(event)) void load();
    };
    document.addEventListener('focusin', onFocus, true);
    if (isEditableElement(deepActiveElement())) void load();

    // Post pages (the top frame only) get the assistant without a focus: engagement snapshots of the brand's
    // own posts and feedback tagging of comments. Single-page sites change the URL without a reload.
    const loadOnPostPage = () => {
      if (!requested && window === window.top && postPagePlatform(location.href)) void load('post-page');
    };
    loadOnPostPage();
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) navigation.addEventListener('currententrychange', loadOnPostPage);
    else addEventListener('popstate', loadOnPostPage);

    // Pausing removes the assistant; watch for focus again so resuming works without a reload.
    onSettingsChanged((settings) => {
      if (settings.pausedHosts.includes(siteHostname()) && requested) {
        requested = false;
        document.addEventListener('focusin', onFocus, true);
      }
    });
  },
});
