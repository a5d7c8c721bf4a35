import { defineConfig } from 'wxt';
import { SITE_HOST_PATTERNS } from './lib/sites/hosts';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Chrome MV3 (Firefox MV2 event page via `wxt -b firefox`). Permissions are the least the features need;
// README "Permissions" explains each one.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  publicDir: 'assets/public',
  // A separate output folder lets parallel runs on one machine not overwrite each other's build.
  outDir: process.env.ONBRAND_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: SITE_HOST_PATTERNS,
    optional_host_permissions: browser === 'firefox' ? undefined : ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'onbrand@onbrand.app',
              strict_min_version: '128.0',
              // Local-first: Onbrand collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    storage: { managed_schema: 'managed-schema.json' },
    // In-page shortcuts, changeable at chrome://extensions/shortcuts (lib/background/in-page-entry-points.ts).
    commands: {
      'open-findings': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_cmdOpenFindings__' },
      'open-templates': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_cmdOpenTemplates__' },
      'pause-site': { description: '__MSG_cmdPauseSite__' },
    },
    // Drawn in assets/icon/*.svg, rasterised by test/tools/render-icons.mjs.
    icons: ICONS,
    // WXT turns `action` into MV2's browser_action without its icon, so Firefox gets browser_action itself.
    [browser === 'firefox' ? 'browser_action' : 'action']: { default_title: '__MSG_extName__', default_icon: ICONS },
  }),
});
