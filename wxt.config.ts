import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { SITE_HOST_PATTERNS } from './lib/sites/hosts';
import { workerMessages } from './lib/i18n/worker-messages';
import { CALENDAR_ONLY_PLATFORM_KEYS } from './lib/platforms/types';

const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * The keys of UI_HOST in components/overlay/ui-host.ts, read from its source: that table is the one list of what
 * the assistant lends its UI parts (this config cannot import it: it imports the assistant's modules).
 */
function uiHostKeys(): string[] {
  const file = path.resolve('components/overlay/ui-host.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements)
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations)
        if (
          declaration.name.getText(source) === 'UI_HOST' &&
          declaration.initializer &&
          ts.isObjectLiteralExpression(declaration.initializer)
        )
          return declaration.initializer.properties.map((property) => {
            const name = property.name;
            if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) return name.text;
            throw new Error(`ui-host.ts: UI_HOST key ${property.getText(source)} is not a plain name`);
          });
  throw new Error('ui-host.ts: no UI_HOST object literal');
}
const UI_HOST_KEYS = uiHostKeys();
/** The assistant's own files a UI part imports (resolved path, without extension). */
const UI_HOST_FILES = UI_HOST_KEYS.filter((key) => /^(components|lib)\//.test(key));
/** The packages a UI part imports, by import name and by the Preact name PREACT_ALIASES gives it. */
const UI_HOST_PACKAGES: Record<string, string> = Object.fromEntries(
  UI_HOST_KEYS.filter((key) => !UI_HOST_FILES.includes(key)).flatMap((key) => [
    [key, key],
    ...PREACT_ALIASES.filter((alias) => alias.find.test(key)).map((alias) => [alias.replacement, key]),
  ]),
);
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
 * The optional parts' stand-ins, one row each: the build that gets it ('assistant': content-scripts/assistant.js;
 * 'worker': Chrome's background.js and the kit file part; 'both'), the import it replaces (as written, from an
 * importer matching `importer`; paths with '/') and the stand-in file.
 */
const STAND_INS: {
  build: 'assistant' | 'worker' | 'both';
  source: string | RegExp;
  importer?: RegExp;
  part: string;
}[] = [
  { build: 'both', source: 're2js', part: 'lib/assistant/re2js-part.ts' },
  {
    build: 'worker',
    source: './browser-sync',
    importer: /\/lib\/team\//,
    part: 'lib/team/browser-sync-part.ts',
  },
  {
    build: 'worker',
    source: './rrule-lib',
    importer: /\/lib\/calendar\//,
    part: 'lib/calendar/rrule-part.ts',
  },
  {
    build: 'worker',
    source: './report',
    importer: /\/lib\/records\/reports\/read\.ts$/,
    part: 'lib/records/reports/report-part.ts',
  },
  {
    build: 'worker',
    source: '../templates/starter',
    importer: /\/lib\/team\/background\.ts$/,
    part: 'lib/templates/starter-part.ts',
  },
  {
    build: 'worker',
    source: './kit-file',
    importer: /\/lib\/kits\/managed-kit\.ts$/,
    part: 'lib/kits/kit-file-part.ts',
  },
  {
    build: 'worker',
    source: './holidays-in-force',
    importer: /\/lib\/background\/reminder-listeners\.ts$/,
    part: 'lib/background/holidays-in-force-part.ts',
  },
  {
    build: 'assistant',
    source: /^\.\/json-(position|syntax-text)$/,
    importer: /\/lib\/kits\/kit-file\.ts$/,
    part: 'lib/kits/json-position-page.ts',
  },
  {
    build: 'assistant',
    source: './data/pinyin-groups',
    importer: /\/lib\/engine\//,
    part: 'lib/assistant/pinyin-part.ts',
  },
  {
    build: 'assistant',
    source: './data/t2s-table',
    importer: /\/lib\/engine\//,
    part: 'lib/assistant/t2s-part.ts',
  },
  {
    build: 'assistant',
    source: './data/initials-table',
    importer: /\/lib\/templates\//,
    part: 'lib/assistant/template-pinyin-part.ts',
  },
  {
    build: 'assistant',
    source: './x-links',
    importer: /\/lib\/engine\/length\.ts$/,
    part: 'lib/assistant/x-links-part.ts',
  },
  {
    build: 'assistant',
    source: /\/lib\/sites\/registry(\.ts)?$/,
    importer: /\/lib\/assistant\//,
    part: 'lib/assistant/site-part.ts',
  },
];

/**
 * What each separately built script leaves out, for the in-page assistant's optional parts (lib/assistant/parts.ts):
 * content-scripts/assistant.js gets stand-ins for `re2js`, the engine's pinyin and traditional → simplified tables,
 * the template search's pinyin initials, X's link scanner (only X's weighted length needs it), the site adapters'
 * registry (each site's adapter is its own part), the kit
 * file reader's error positions (lib/kits/json-position-page.ts), and
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
      const from = (importer ?? '').replace(/\\/g, '/');
      const spec = source.replace(/\\/g, '/');
      const gets = {
        assistant: build === 'assistant',
        worker: chromeWorker,
        both: build === 'assistant' || chromeWorker,
      };
      const standIn = STAND_INS.find(
        (s) =>
          gets[s.build] &&
          (typeof s.source === 'string' ? spec === s.source : s.source.test(spec)) &&
          (!s.importer || s.importer.test(from)),
      );
      if (standIn) return path.resolve(standIn.part);
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

/**
 * The starter part (entrypoints/part-starter.ts) gets lib/kits/starter-kit.ts as computed now: the starter kit as
 * JSON and its kitKey (lib/kits/starter-kit-build.ts, run with tsx: this config cannot import the engine). The page
 * then parses the kit instead of expanding the packs, and hashes nothing (bench README, round 16 "focus16").
 * Made by each build rather than kept in git: the packs stay the one source, and no 300,000-character file can
 * fall behind them. The kit goes in after minifying, as a double-quoted string on the file's first line: esbuild
 * writes it as a template literal with \\u escapes, which Chromium took 4× as long to load (57 vs 14 ms, load 18).
 * In Chrome's build it goes in packed (lib/packed-text.ts: 366 → ≈40 KB of script, the bytes a first focus injects
 * cost it ≈70 µs per KB); Firefox's build keeps the JSON (its content scripts are not where packing was measured).
 */
function starterKitAtBuild(browser: string): Plugin {
  const file = path.resolve('lib/kits/starter-kit.ts');
  const global = 'ONBRAND_STARTER_KIT';
  const packed = browser !== 'firefox';
  let active = false;
  let built: { json: string; key: string } | undefined;
  return {
    name: 'onbrand-starter-kit-at-build',
    apply: 'build',
    enforce: 'pre',
    options(options) {
      active = /entrypoints[\\/]part-starter\.ts/.test(JSON.stringify(options.input ?? ''));
    },
    load(id) {
      if (!active || id !== file) return;
      const script =
        "import('./lib/kits/starter-kit-build.ts').then((m) => m.starterKitForBuild())" +
        '.then((built) => process.stdout.write(JSON.stringify(built)))';
      built = JSON.parse(
        execFileSync(path.resolve('node_modules/.bin/tsx'), ['-e', script], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        }),
      ) as { json: string; key: string };
      const key = `export const STARTER_KIT_KEY = ${JSON.stringify(built.key)};\n`;
      if (!packed)
        return (
          `export const starterKit = () => JSON.parse(${global});\n` +
          `export const starterKitOfPart = async () => JSON.parse(${global});\n${key}`
        );
      return (
        `import { unpackText } from ${JSON.stringify(path.resolve('lib/packed-text.ts'))};\n` +
        `export const starterKit = () => { throw new Error('the starter part unpacks its kit: starterKitOfPart'); };\n` +
        `export const starterKitOfPart = async () => JSON.parse(await unpackText(${global}));\n${key}`
      );
    },
    generateBundle(_options, bundle) {
      if (!active) return;
      if (!built)
        throw new Error('onbrand-starter-kit-at-build: the starter part did not import starter-kit.ts');
      const value = packed ? gzipSync(Buffer.from(built.json), { level: 9 }).toString('base64') : built.json;
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.isEntry) {
          if (!output.code.includes(global))
            throw new Error(`onbrand-starter-kit-at-build: ${global} was renamed`);
          output.code = `var ${global} = ${JSON.stringify(value)};\n${output.code}`;
          // One line more above the code: its source map starts with an empty line.
          if (output.map) output.map.mappings = `;${output.map.mappings}`;
        } else if (output.type === 'asset' && output.fileName.endsWith('.js.map')) {
          const map = JSON.parse(String(output.source)) as { mappings: string };
          output.source = JSON.stringify({ ...map, mappings: `;${map.mappings}` });
        }
      }
    },
  };
}

/** Platform metadata the page-load script reads (lib/sites/hosts.ts, lib/sites/post-urls.ts); the rest stays out. */
const PAGE_LOAD_PLATFORM_KEYS = new Set(['id', 'hosts', 'exactHosts', 'postUrls']);

/**
 * Each page script gets only the platform metadata it reads, from every lib/platforms/<id>.ts: content.js (every
 * matching page, at load) each platform's hosts and post URLs; the assistant everything but the calendar's keys.
 */
function pageLoadPlatforms(): Plugin {
  let keep: ((key: string) => boolean) | undefined;
  return {
    name: 'onbrand-page-load-platforms',
    enforce: 'pre',
    options(options) {
      const input = JSON.stringify(options.input ?? '');
      keep = /entrypoints[\\/]content\.ts/.test(input)
        ? (key) => PAGE_LOAD_PLATFORM_KEYS.has(key)
        : /entrypoints[\\/]assistant\.content/.test(input)
          ? (key) => !(CALENDAR_ONLY_PLATFORM_KEYS as readonly string[]).includes(key)
          : undefined;
    },
    transform(code, id) {
      if (!keep || !/[\\/]lib[\\/]platforms[\\/][^\\/]+\.ts$/.test(id)) return;
      return { code: withPlatformKeys(code, id, keep), map: null };
    },
  };
}

/** Removes every property `keep` refuses from the object literal each `export const` is set to. */
function withPlatformKeys(code: string, file: string, keep: (key: string) => boolean): string {
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
        if (name && !keep(name))
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

/**
 * popup.html's app starts after its saved first screen's frame (components/popup/app-entry.ts): in the build, the
 * page's `<meta name="onbrand-app-entry">` gets the app's hashed entry and the chunks Vite would preload for it, and
 * their `<script type="module">` and `<link rel="modulepreload">` leave the markup, where they were fetched, compiled
 * and run during the parse, competing with that frame. Its stylesheet is inlined in a `<style>`: a linked one was
 * one more fetch before the early script could run (a parser-blocking script waits for the stylesheets above it),
 * and Chromium painted an empty frame between that fetch and the script. Any page with that meta gets this; the dev
 * server keeps its markup (the meta stays empty and the module script starts the app).
 */
function popupAppEntry(): Plugin {
  const meta = /<meta name="onbrand-app-entry" content="[^"]*"\s*\/?>/;
  return {
    name: 'onbrand-popup-app-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { chunk, path: page, bundle }) {
        if (!meta.test(html)) return;
        const files: string[] = [];
        const withoutEntry = html.replace(
          /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/g,
          (tag, src: string) => {
            if (!chunk || !src.endsWith(chunk.fileName)) return tag;
            files.push(src);
            return '';
          },
        );
        if (files.length !== 1)
          throw new Error(`onbrand-popup-app-entry: ${page} has no module entry to move`);
        const markup = withoutEntry.replace(
          /<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\s*/g,
          (_tag, href: string) => {
            files.push(href);
            return '';
          },
        );
        const styled = markup.replace(
          /<link rel="stylesheet"[^>]*\shref="\/([^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = bundle?.[file];
            if (asset?.type !== 'asset') return tag;
            const css =
              typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            if (/<\/style/i.test(css)) return tag;
            delete bundle![file];
            return `<style>${css}</style>`;
          },
        );
        return styled.replace(meta, `<meta name="onbrand-app-entry" content="${files.join(' ')}">`);
      },
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
  vite: ({ browser }) => ({
    build: { sourcemap: process.env.ONBRAND_SOURCEMAP === '1' },
    // The extension's UI is written against React's API but ships Preact's compat layer (≈12 KB gzip instead of
    // react-dom's ≈65 KB, parsed in every tab where a box is focused). Unit tests keep real React; the e2e specs
    // exercise this build. @preact/signals-react uses only React's public hooks, which compat provides.
    resolve: { alias: PREACT_ALIASES },
    plugins: [
      assistantParts(browser),
      uiPartHost(),
      pageLoadPlatforms(),
      starterKitAtBuild(browser),
      workerMessages(),
      popupAppEntry(),
    ],
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
