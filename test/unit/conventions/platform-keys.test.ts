import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CALENDAR_ONLY_PLATFORM_KEYS } from '@/lib/platforms/types';
import { parseTsx, resolveLocal } from '../../tools/ts-source';

// The assistant's build drops the calendar's platform keys from lib/platforms/<id>.ts (wxt.config.ts): a module the
// assistant bundles that read one would get undefined in the page. This walks every module the assistant's entry
// reaches (imports, re-exports, dynamic imports) and looks for a read of those keys.

const root = process.cwd();
const KEYS = new Set<string>(CALENDAR_ONLY_PLATFORM_KEYS);

/** Every local module `entry` reaches, with the places in it that read one of KEYS. */
function reads(entry: string): { modules: number; found: string[] } {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = parseTsx(file);
    const follow = (specifier: ts.Expression | undefined) => {
      const target =
        specifier && ts.isStringLiteral(specifier) ? resolveLocal(file, specifier.text) : undefined;
      if (target) visit(target);
    };
    const walk = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) follow(node.moduleSpecifier);
      else if (ts.isExportDeclaration(node) && !node.isTypeOnly) follow(node.moduleSpecifier);
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
        follow(node.arguments[0]);
      const key = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isBindingElement(node)
          ? (node.propertyName ?? node.name).getText(source)
          : ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)
            ? node.argumentExpression.text
            : undefined;
      if (key && KEYS.has(key) && !file.includes(`${path.sep}lib${path.sep}platforms${path.sep}`)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${path.relative(root, file)}:${line + 1} reads ${key}`);
      }
      ts.forEachChild(node, walk);
    };
    walk(source);
  };
  visit(entry);
  return { modules: seen.size, found };
}

describe('platform keys the assistant build drops', () => {
  it('no module the in-page assistant bundles reads them', () => {
    const { modules, found } = reads(path.join(root, 'entrypoints/assistant.content/index.tsx'));
    expect(modules).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });

  it('the walk finds a read where there is one (the calendar, which the popup bundles)', () => {
    expect(reads(path.join(root, 'lib/calendar/compose.ts')).found).toEqual([
      expect.stringMatching(/^lib\/calendar\/compose\.ts:\d+ reads compose$/),
    ]);
  });
});
