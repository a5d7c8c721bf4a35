import { createRoot } from 'react-dom/client';
import { SITE_HOST_PATTERNS } from '@/lib/sites/hosts';
import { AssistantRoot } from '@/components/overlay/AssistantRoot';
import './style.css';

// The in-page assistant on the supported social sites. Its UI lives in a shadow root so the site's CSS and
// ours never meet, and it never edits the site's own DOM.
export default defineContentScript({
  matches: SITE_HOST_PATTERNS,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'onbrand-assistant',
      position: 'overlay',
      zIndex: 2147483000,
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(<AssistantRoot host={location.hostname} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
