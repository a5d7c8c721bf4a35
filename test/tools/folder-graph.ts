// The folder-level import graph of the extension's code: one node per part (lib/<part>, components/<part>,
// entrypoints/<part>), one edge per import between parts, type-only imports included. A cycle between two
// folders means a concept has no single home, so test/unit/conventions/folder-cycles.test.ts forbids them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const TOP_FOLDERS = ['lib', 'components', 'entrypoints'];
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The part a file belongs to: its first two path segments, e.g. `lib/records` or `lib/csv.ts`. */
export function partOf(file: string): string {
  return path.relative(ROOT, file).split(path.sep).slice(0, 2).join('/');
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every import (static, type-only, re-export or dynamic) from one part of the code to another. */
export function folderEdges(): Map<string, Map<string, string[]>> {
  const edges = new Map<string, Map<string, string[]>>();
  for (const top of TOP_FOLDERS) {
    for (const file of sourceFiles(path.join(ROOT, top))) {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      for (const ref of info.importedFiles) {
        const target = resolve(file, ref.fileName);
        if (!target || !TOP_FOLDERS.includes(path.relative(ROOT, target).split(path.sep)[0])) continue;
        const [a, b] = [partOf(file), partOf(target)];
        if (a === b) continue;
        const out = edges.get(a) ?? new Map<string, string[]>();
        out.set(b, [...(out.get(b) ?? []), `${path.relative(ROOT, file)} → ${ref.fileName}`]);
        edges.set(a, out);
      }
    }
  }
  return edges;
}

/** The strongly connected groups of more than one part (Tarjan), each sorted: every one is a folder cycle. */
export function folderCycles(edges = folderEdges()): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return groups;
}
