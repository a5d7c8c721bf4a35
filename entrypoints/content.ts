import { send } from '@/lib/messaging/client';
import { SITE_HOST_PATTERNS, siteHostname } from '@/lib/sites/hosts';
import {
  editableFromEvent,
  noteUserClicks,
  noteUserInput,
  userPressIn,
  watchUserGestures,
} from '@/lib/assistant/focus';
import { assistantRunning, claimLoader, noteLoadedFor, releaseLoader } from '@/lib/assistant/page-handshake';
import { loadPausedHosts, onPausedHostsChanged } from '@/lib/storage/paused-hosts';
import { postPagePlatform } from '@/lib/sites/post-urls';

// The only script every supported page loads: a few KB that wait for the first focus on an editable box and
// then ask the background to inject the full assistant into this frame (on post pages it asks at once, see
// below). Pages where the manager never writes pay nothing else. Only a person's focus counts (a click, a key or
// a tap just before it, or a press inside the box): a page script's `focus()` alone loads nothing.
export default defineContentScript({
  matches: SITE_HOST_PATTERNS,
  runAt: 'document_idle',
  allFrames: true,
  // WeChat's article body is an about:blank iframe editor inside mp.weixin.qq.com.
  matchAboutBlank: true,
  main(ctx) {
    if (!claimLoader()) return;
    // WXT's context ends when the extension is updated, reloaded or removed, or when a newer copy of this script
    // starts in the frame (it invalidates this one before its own main runs): every listener below goes with it,
    // and the newer copy may start.
    const { signal } = ctx;
    ctx.onInvalidated(releaseLoader);

    let requested = false;
    // Read at load and kept current below: the focus that loads the assistant does not wait for a storage read
    // (5–15 ms of the first focus → badge). A failed read errs towards "not paused", as pausedHostsOf does.
    let pausedHosts = loadPausedHosts().catch(() => [] as string[]);
    const gestures = watchUserGestures(document, signal);
    noteUserInput(document, signal);
    noteUserClicks(document, signal);
    const watchFocus = (on: boolean) => {
      for (const [type, listener] of [
        ['focusin', onFocus],
        ['pointerdown', onPress],
        ['keydown', onPress],
      ] as const) {
        if (on && !signal.aborted) document.addEventListener(type, listener, { capture: true, signal });
        else document.removeEventListener(type, listener, true);
      }
    };
    const load = async (reason: 'focus' | 'post-page' = 'focus') => {
      // An orphaned copy (its extension was reloaded) cannot message the background: it only cleans up.
      if (ctx.isInvalid) return;
      // Already here (the background injected it for a command or a context-menu click): a second injection
      // would start a new instance, and WXT invalidates the running one for it.
      if (requested || assistantRunning()) return;
      requested = true;
      watchFocus(false);
      if ((await pausedHosts).includes(siteHostname())) {
        requested = false;
        watchFocus(true);
        return;
      }
      // A failed request (the worker was starting or stopping, the message port closed) must not leave this frame
      // without the assistant for good: it listens again, and the next focus or press asks again.
      const injected = await send('assistant.load', { reason }).then(
        (reply) => reply.injected,
        () => false,
      );
      if (!injected) {
        requested = false;
        watchFocus(true);
      }
    };
    const loadFor = (box: HTMLElement | null) => {
      if (!box) return;
      noteLoadedFor(box);
      void load();
    };
    const onFocus = (event: Event) => {
      if (gestures.recent()) loadFor(editableFromEvent(event));
    };
    // A box a script focused (or that had focus before this script ran) loads when the person clicks or types in it.
    const onPress = (event: Event) => loadFor(userPressIn(event));
    watchFocus(true);

    // Post pages (the top frame only) get the assistant without a focus: engagement snapshots of the brand's
    // own posts and feedback tagging of comments. Single-page sites change the URL without a reload.
    const loadOnPostPage = () => {
      if (!requested && window === window.top && postPagePlatform(location.href)) void load('post-page');
    };
    loadOnPostPage();
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) navigation.addEventListener('currententrychange', loadOnPostPage, { signal });
    else addEventListener('popstate', loadOnPostPage, { signal });

    // Pausing removes the assistant; watch for focus again so resuming works without a reload.
    const unwatchPaused = onPausedHostsChanged((hosts) => {
      pausedHosts = Promise.resolve(hosts);
      if (hosts.includes(siteHostname()) && requested) {
        requested = false;
        watchFocus(true);
      }
    });
    ctx.onInvalidated(unwatchPaused);
  },
});
