import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseTsx } from './ts-source';

// Finds the automation hooks (data-testid) of the extension's UI by parsing its TSX. Used by the conventions
// test and, run directly, prints the Markdown list for test/README.md:
//   npx tsx test/tools/test-ids.ts

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INTERACTIVE = new Set(['button', 'input', 'select', 'textarea', 'a', 'summary']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? tsxFiles(full) : full.endsWith('.tsx') ? [full] : [];
  });
}

export interface Hook {
  file: string;
  tag: string;
  line: number;
  /** The literal id, or the static prefix of a template literal (`finding-${i}` → `finding-`). */
  id: string | null;
  interactive: boolean;
}

export function hooksIn(file: string): Hook[] {
  const source = parseTsx(file);
  const hooks: Hook[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source);
      let id: string | null = null;
      let hasHandler = false;
      for (const attribute of node.attributes.properties) {
        if (!ts.isJsxAttribute(attribute)) continue;
        const name = attribute.name.getText(source);
        if (name === 'onClick' || name === 'onChange') hasHandler = true;
        if (name !== 'data-testid' || !attribute.initializer) continue;
        const init = attribute.initializer;
        if (ts.isStringLiteral(init)) id = init.text;
        else if (ts.isJsxExpression(init) && init.expression) {
          const expr = init.expression;
          if (ts.isNoSubstitutionTemplateLiteral(expr) || ts.isStringLiteral(expr)) id = expr.text;
          else if (ts.isTemplateExpression(expr)) id = expr.head.text;
          else id = '*';
        }
      }
      const isIntrinsic = /^[a-z]/.test(tag);
      hooks.push({
        file: path.relative(ROOT, file),
        tag,
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        id,
        interactive: isIntrinsic && (INTERACTIVE.has(tag) || hasHandler),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hooks;
}

export const allHooks = (): Hook[] =>
  ['components', 'entrypoints'].flatMap((dir) => tsxFiles(path.join(ROOT, dir))).flatMap(hooksIn);

/** One Markdown line per hook id, grouped by file. */
export function markdownList(hooks: Hook[]): string {
  const byFile = new Map<string, Set<string>>();
  for (const hook of hooks) {
    if (!hook.id || hook.id === '*') continue;
    const ids = byFile.get(hook.file) ?? new Set<string>();
    ids.add(hook.id.endsWith('-') ? `${hook.id}…` : hook.id);
    byFile.set(hook.file, ids);
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, ids]) => `- \`${file}\`: ${[...ids].map((id) => `\`${id}\``).join(', ')}`)
    .join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(markdownList(allHooks()));
}
