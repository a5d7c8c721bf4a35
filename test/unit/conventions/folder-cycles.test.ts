import { describe, expect, it } from 'vitest';
import { folderCycles, folderEdges } from '../../tools/folder-graph';

// One home per concept, at the folder level: no part of lib/, components/ or entrypoints/ may import (even a
// type) from a part that imports it back, directly or around a loop. ESLint's import-x/no-cycle sees only
// file-level cycles of value imports; this sees what a reader sees.
describe('folder graph', () => {
  it('has no cycles between parts', () => {
    const edges = folderEdges();
    const cycles = folderCycles(edges).map((group) =>
      group.flatMap((a) =>
        group.flatMap((b) => (edges.get(a)?.get(b) ?? []).map((via) => `${a} → ${b}: ${via}`)),
      ),
    );
    expect(cycles).toEqual([]);
  });

  it('sees type-only imports and counts a part once', () => {
    const edges = folderEdges();
    // lib/records/stores.ts imports only types from lib/db; the records log uses the database.
    expect(edges.get('lib/records')?.has('lib/db')).toBe(true);
    expect(edges.get('lib/db')?.has('lib/records')).toBeFalsy();
    expect(
      folderCycles(
        new Map([
          ['a', new Map([['b', ['x']]])],
          ['b', new Map([['a', ['y']]])],
        ]),
      ),
    ).toEqual([['a', 'b']]);
  });
});
