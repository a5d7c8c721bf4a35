import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseTsx, resolveLocal } from '../../tools/ts-source';

// A UI part (entrypoints/part-*-ui.ts) gets the modules components/overlay/ui-host.ts lends instead of its own
// copies (wxt.config.ts): a name it imports that the host does not lend would be undefined in the page. This reads
// every module a UI part bundles and checks each value import from a lent module against what UI_HOST lends.

const root = process.cwd();
const parse = parseTsx;

function lent(): Map<string, Set<string>> {
  const source = parse(path.join(root, 'components/overlay/ui-host.ts'));
  const out = new Map<string, Set<string>>();
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const declaration of node.declarationList.declarations) {
      if (declaration.name.getText(source) !== 'UI_HOST') continue;
      const host = declaration.initializer as ts.ObjectLiteralExpression;
      for (const property of host.properties as ts.NodeArray<ts.PropertyAssignment>) {
        const names = (property.initializer as ts.ObjectLiteralExpression).properties.map((p) =>
          p.name!.getText(source),
        );
        out.set((property.name as ts.StringLiteral).text ?? property.name.getText(source), new Set(names));
      }
    }
  });
  return out;
}

const PACKAGE_KEYS: Record<string, string> = {
  react: 'react',
  'react/jsx-runtime': 'react/jsx-runtime',
  '@preact/signals-react/runtime': '@preact/signals-react/runtime',
};

function problems(entry: string, host: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = parse(file);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const target = resolveLocal(file, specifier);
      const key =
        PACKAGE_KEYS[specifier] ?? (target ? path.relative(root, target).replace(/\.tsx?$/, '') : undefined);
      const names = host.get(key ?? '');
      if (!names) {
        if (target) visit(target);
        continue;
      }
      const bindings = statement.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) {
        out.push(`${path.relative(root, file)}: imports ${specifier} as a whole`);
        continue;
      }
      for (const element of bindings.elements) {
        if (element.isTypeOnly) continue;
        const name = (element.propertyName ?? element.name).text;
        if (!names.has(name)) out.push(`${path.relative(root, file)}: ${name} from ${specifier} is not lent`);
      }
    }
  };
  visit(entry);
  return out;
}

describe('UI parts', () => {
  it('import from lent modules only the names components/overlay/ui-host.ts lends', () => {
    const host = lent();
    expect(host.size).toBeGreaterThan(5);
    const parts = readdirSync(path.join(root, 'entrypoints')).filter((name) => /^part-.+-ui\.ts$/.test(name));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.flatMap((name) => problems(path.join(root, 'entrypoints', name), host))).toEqual([]);
  });
});
