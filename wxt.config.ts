import path from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { SITE_HOST_PATTERNS } from './lib/sites/hosts';
import { workerMessages } from './lib/i18n/worker-messages';

const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/** The assistant's modules a UI part imports from it (components/overlay/ui-host.ts), by import name or file. */
const UI_HOST_PACKAGES: Record<string, string> = {
  react: 'react',
  'preact/compat': 'react',
  'react/jsx-runtime': 'react/jsx-runtime',
  'preact/jsx-runtime': 'react/jsx-runtime',
  '@preact/signals-react/runtime': '@preact/signals-react/runtime',
};
const UI_HOST_FILES = [
  'components/shared/i18n',
  'components/overlay/useRectOf',
  'lib/assistant/feedback',
  'lib/community/commenters',
  'lib/community/thread-scan',
  'lib/community/reply-chips',
  'lib/messaging/client',
  'lib/assistant/template-picker-state',
  'lib/assistant/template-picker-decisions',
  'lib/assistant/placement',
  'lib/editors/composition',
  'lib/templates/index',
  'components/overlay/usePlacement',
];
const UI_HOST_PREFIX = '\0onbrand-ui-host:';

/**
 * A UI part (entrypoints/part-*-ui.ts) renders inside the assistant: its imports of Preact, the signals
 * runtime and the assistant's stateful modules become the assistant's own (lent through ui-host.ts) instead of
 * bundled copies, which would keep a second hooks state and empty module state.
 */
function uiPartHost(): Plugin {
  let active = false;
  return {
    name: 'onbrand-ui-part-host',
    enforce: 'pre',
    options(options) {
      active = /part-[a-z-]+-ui\b/.test(JSON.stringify(options.input ?? ''));
    },
    async resolveId(source, importer, options) {
      if (!active || !importer) return;
      if (UI_HOST_PACKAGES[source]) return UI_HOST_PREFIX + UI_HOST_PACKAGES[source];
      if (!/^[.@/]/.test(source) || source.startsWith('@preact') || source.startsWith(UI_HOST_PREFIX)) return;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return;
      const file = path
        .relative(process.cwd(), resolved.id)
        .replace(/\\/g, '/')
        .replace(/\.tsx?$/, '');
      if (UI_HOST_FILES.includes(file)) return UI_HOST_PREFIX + file;
    },
    load(id) {
      if (!id.startsWith(UI_HOST_PREFIX)) return;
      const key = JSON.stringify(id.slice(UI_HOST_PREFIX.length));
      const handshake = JSON.stringify(path.resolve('lib/assistant/page-handshake.ts'));
      return {
        code:
          `import { uiHostModules } from ${handshake};\n` +
          `const lent = uiHostModules()[${key}];\n` +
          `if (!lent) throw new Error('the assistant lends no ' + ${key} + ' to its UI parts');\n` +
          'export default lent;',
        syntheticNamedExports: true,
      };
    },
  };
}

/**
 * What each separately built script leaves out, for the in-page assistant's optional parts (lib/assistant/parts.ts):
 * content-scripts/assistant.js gets stand-ins for `re2js`, the engine's pinyin and traditional → simplified tables,
 * the template search's pinyin initials and the site adapters' registry (each site's adapter is its own part), and
 * message files without their strings; the part-i18n-en / part-i18n-zh scripts keep one language's half of every message file.
 * Chrome's background.js gets the `re2js` stand-in too, and stand-ins for team sync (yjs, Hocuspocus, lib0) and rrule:
 * the worker imports each part when its feature first runs (lib/background/worker-parts.ts). Other bundles are
 * untouched.
 */
function assistantParts(browser: string): Plugin {
  let build: 'assistant' | 'i18n-en' | 'i18n-zh' | undefined;
  /** Chrome's service worker: re2js, team sync and rrule are imported when first used (worker-parts.ts). */
  let chromeWorker = false;
  return {
    name: 'onbrand-assistant-parts',
    enforce: 'pre',
    options(options) {
      const input = JSON.stringify(options.input ?? '');
      const builds = (['assistant.content', 'part-i18n-en', 'part-i18n-zh'] as const).filter((name) =>
        input.includes(name),
      );
      // The kit file part runs in the worker too: its engine schema gets the worker's re2js stand-in.
      chromeWorker = browser === 'chrome' && /entrypoints[\\/](background|part-kit-file)\.ts/.test(input);
      if (builds.length > 1)
        throw new Error(`onbrand-assistant-parts: ${builds.join(' and ')} must be built separately`);
      build =
        builds[0] === 'assistant.content'
          ? 'assistant'
          : builds[0] === 'part-i18n-en'
            ? 'i18n-en'
            : builds[0] === 'part-i18n-zh'
              ? 'i18n-zh'
              : undefined;
    },
    resolveId(source, importer) {
      if ((build === 'assistant' || chromeWorker) && source === 're2js')
        return path.resolve('lib/assistant/re2js-part.ts');
      if (chromeWorker && source === './browser-sync' && /[\\/]lib[\\/]team[\\/]/.test(importer ?? ''))
        return path.resolve('lib/team/browser-sync-part.ts');
      if (chromeWorker && source === './rrule-lib' && /[\\/]lib[\\/]calendar[\\/]/.test(importer ?? ''))
        return path.resolve('lib/calendar/rrule-part.ts');
      if (
        chromeWorker &&
        source === './report' &&
        /[\\/]lib[\\/]records[\\/]reports[\\/]read\.ts$/.test(importer ?? '')
      )
        return path.resolve('lib/records/reports/report-part.ts');
      if (
        chromeWorker &&
        source === '../templates/starter' &&
        /[\\/]lib[\\/]team[\\/]background\.ts$/.test(importer ?? '')
      )
        return path.resolve('lib/templates/starter-part.ts');
      if (
        chromeWorker &&
        source === './kit-file' &&
        /[\\/]lib[\\/]kits[\\/]managed-kit\.ts$/.test(importer ?? '')
      )
        return path.resolve('lib/kits/kit-file-part.ts');
      if (
        chromeWorker &&
        source === './holidays-in-force' &&
        /[\\/]lib[\\/]background[\\/]reminder-listeners\.ts$/.test(importer ?? '')
      )
        return path.resolve('lib/background/holidays-in-force-part.ts');
      if (
        build === 'assistant' &&
        source === './data/pinyin-groups' &&
        /[\\/]lib[\\/]engine[\\/]/.test(importer ?? '')
      )
        return path.resolve('lib/assistant/pinyin-part.ts');
      if (
        build === 'assistant' &&
        source === './data/t2s-table' &&
        /[\\/]lib[\\/]engine[\\/]/.test(importer ?? '')
      )
        return path.resolve('lib/assistant/t2s-part.ts');
      if (
        build === 'assistant' &&
        source === './data/initials-table' &&
        /[\\/]lib[\\/]templates[\\/]/.test(importer ?? '')
      )
        return path.resolve('lib/assistant/template-pinyin-part.ts');
      if (
        build === 'assistant' &&
        /[\\/]lib[\\/]sites[\\/]registry(\.ts)?$/.test(source) &&
        /[\\/]lib[\\/]assistant[\\/]/.test(importer ?? '')
      )
        return path.resolve('lib/assistant/site-part.ts');
    },
    transform(code, id) {
      if (!build || !/[\\/]lib[\\/]i18n[\\/]messages[\\/][^\\/]+\.ts$/.test(id)) return;
      return {
        code: withoutMessages(code, id, build === 'assistant' ? [0, 1] : build === 'i18n-en' ? [1] : [0]),
        map: null,
      };
    },
  };
}

/** Platform metadata the page-load script reads (lib/sites/hosts.ts, lib/sites/post-urls.ts); the rest stays out. */
const PAGE_LOAD_PLATFORM_KEYS = new Set(['id', 'hosts', 'exactHosts', 'postUrls']);

/**
 * content-scripts/content.js (every matching page, at load) needs only each platform's hosts and post URLs: this
 * drops the other properties (names, fields, compose URLs, aliases, colour) of every lib/platforms/<id>.ts there.
 */
function pageLoadPlatforms(): Plugin {
  let active = false;
  return {
    name: 'onbrand-page-load-platforms',
    enforce: 'pre',
    options(options) {
      active = /entrypoints[\\/]content\.ts/.test(JSON.stringify(options.input ?? ''));
    },
    transform(code, id) {
      if (!active || !/[\\/]lib[\\/]platforms[\\/][^\\/]+\.ts$/.test(id)) return;
      return { code: withPlatformKeys(code, id), map: null };
    },
  };
}

/** Removes every property but PAGE_LOAD_PLATFORM_KEYS from the object literal each `export const` is set to. */
function withPlatformKeys(code: string, file: string): string {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let value = declaration.initializer;
      while (value && (ts.isSatisfiesExpression(value) || ts.isAsExpression(value))) value = value.expression;
      if (!value || !ts.isObjectLiteralExpression(value)) continue;
      for (const property of value.properties) {
        const name = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
        // With its trailing comma: `{ id, , hosts }` would not parse.
        if (name && !PAGE_LOAD_PLATFORM_KEYS.has(name))
          cuts.push([property.getStart(source), property.end + (code[property.end] === ',' ? 1 : 0)]);
      }
    }
  }
  return cuts
    .sort((a, b) => b[0] - a[0])
    .reduce((text, [from, to]) => `${text.slice(0, from)}${text.slice(to)}`, code);
}

/** Replaces the given arguments (0: English, 1: Chinese) of every defineMessages(en, zh) call with `{}`. */
function withoutMessages(code: string, file: string, drop: number[]): string {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'defineMessages') {
      for (const index of drop)
        if (node.arguments[index])
          cuts.push([node.arguments[index].getStart(source), node.arguments[index].end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return cuts
    .sort((a, b) => b[0] - a[0])
    .reduce((text, [from, to]) => `${text.slice(0, from)}{}${text.slice(to)}`, code);
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
  vite: ({ browser }) => ({
    build: { sourcemap: process.env.ONBRAND_SOURCEMAP === '1' },
    // The extension's UI is written against React's API but ships Preact's compat layer (≈12 KB gzip instead of
    // react-dom's ≈65 KB, parsed in every tab where a box is focused). Unit tests keep real React; the e2e specs
    // exercise this build. @preact/signals-react uses only React's public hooks, which compat provides.
    resolve: { alias: PREACT_ALIASES },
    plugins: [assistantParts(browser), uiPartHost(), pageLoadPlatforms(), workerMessages()],
  }),
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
      'open-templates': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_cmdOpenTemplates__',
      },
      'pause-site': { description: '__MSG_cmdPauseSite__' },
    },
    // Drawn in assets/icon/*.svg, rasterised by test/tools/render-icons.mjs.
    icons: ICONS,
    // WXT turns `action` into MV2's browser_action without its icon, so Firefox gets browser_action itself.
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_title: '__MSG_extName__',
      default_icon: ICONS,
    },
  }),
});
