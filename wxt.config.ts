import path from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { SITE_HOST_PATTERNS } from './lib/sites/hosts';

const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * In the build of content-scripts/assistant.js only, `re2js` resolves to a stand-in that reaches the real engine
 * injected as an optional part when a kit has user patterns (lib/assistant/parts.ts); other bundles keep it.
 */
function assistantParts(): Plugin {
  let assistantBuild = false;
  return {
    name: 'onbrand-assistant-parts',
    enforce: 'pre',
    options(options) {
      assistantBuild = JSON.stringify(options.input ?? '').includes('assistant.content');
    },
    resolveId(source) {
      if (assistantBuild && source === 're2js') return path.resolve('lib/assistant/re2js-part.ts');
    },
  };
}

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Chrome MV3 (Firefox MV2 event page via `wxt -b firefox`). Permissions are the least the features need;
// README "Permissions" explains each one.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  publicDir: 'assets/public',
  // A separate output folder lets parallel runs on one machine not overwrite each other's build.
  outDir: process.env.ONBRAND_OUT_DIR ?? '.output',
  // ONBRAND_SOURCEMAP=1 writes source maps, which test/tools/bundle-weight.ts reads to say what each bundle holds.
  vite: () => ({
    build: { sourcemap: process.env.ONBRAND_SOURCEMAP === '1' },
    // The extension's UI is written against React's API but ships Preact's compat layer (≈12 KB gzip instead of
    // react-dom's ≈65 KB, parsed in every tab where a box is focused). Unit tests keep real React; the e2e specs
    // exercise this build. @preact/signals-react uses only React's public hooks, which compat provides.
    resolve: { alias: PREACT_ALIASES },
    plugins: [assistantParts()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
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
    // Drawn in assets/icon/*.svg, rasterised by test/tools/render-icons.mjs.
    icons: ICONS,
    // WXT turns `action` into MV2's browser_action without its icon, so Firefox gets browser_action itself.
    [browser === 'firefox' ? 'browser_action' : 'action']: { default_title: '__MSG_extName__', default_icon: ICONS },
  }),
});
