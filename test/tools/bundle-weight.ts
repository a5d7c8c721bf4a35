import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';

// npx tsx test/tools/bundle-weight.ts [build dir] — what each built script holds, by package (or lib/ folder),
// from the source maps of a build made with ONBRAND_SOURCEMAP=1. Bytes are the generated (minified) bytes mapped
// to each source; gzip is estimated by the share of raw bytes (gzip of the whole file × share).
const dir = process.argv[2] ?? path.join(process.env.ONBRAND_OUT_DIR ?? '.output', 'chrome-mv3');

function group(source: string): string {
  // Sources are relative to the map (../../../work/clone/lib/x.ts for an out-of-tree build): drop up to the root.
  const relative = source.replace(/^(\.\.\/)+/, '').replace(/^webpack:\/\/\//, '');
  const root = `${process.cwd().replace(/^\//, '')}/`;
  const clean = relative.startsWith(root) ? relative.slice(root.length) : relative;
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const parts = clean.split('/');
  return parts.slice(0, parts[0] === 'lib' || parts[0] === 'components' ? 3 : 2).join('/');
}

function scripts(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.js'))
      out.push(path.relative(root, path.join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

for (const file of scripts(dir)) {
  const code = readFileSync(path.join(dir, file), 'utf8');
  const gzip = gzipSync(code, { level: 6 }).length;
  console.log(`\n${file}: ${(code.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
  const mapFile = path.join(dir, `${file}.map`);
  if (!existsSync(mapFile)) continue;
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  await SourceMapConsumer.with(JSON.parse(readFileSync(mapFile, 'utf8')), null, (map) => {
    let previous: { line: number; column: number; source: string } | undefined;
    const add = (source: string, n: number) => bytes.set(group(source), (bytes.get(group(source)) ?? 0) + n);
    map.eachMapping((m) => {
      if (previous && previous.line === m.generatedLine)
        add(previous.source, m.generatedColumn - previous.column);
      else if (previous) add(previous.source, lines[previous.line - 1].length - previous.column);
      previous = { line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '(none)' };
    });
    if (previous) add(previous.source, lines[previous.line - 1].length - previous.column);
  });
  const rows = [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 18);
  for (const [name, n] of rows) {
    console.log(
      `  ${name.padEnd(44)} ${(n / 1024).toFixed(1).padStart(7)} KB  ${((n / code.length) * 100).toFixed(1).padStart(5)}%  ≈${((gzip * n) / code.length / 1024).toFixed(1)} KB gzip`,
    );
  }
}
