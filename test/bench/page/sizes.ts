import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Raw and gzip (level 6, gzip's default) size of a built file. */
export function sizeOf(buildDir: string, file: string): ScriptSize {
  const content = readFileSync(path.join(buildDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 6 }).length };
}

/** Every script and stylesheet the manifest injects into matching pages at load (content_scripts[].js/css). */
export function injectedAtLoad(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = (manifest.content_scripts ?? []).flatMap((entry) => [
    ...(entry.js ?? []),
    ...(entry.css ?? []),
  ]);
  return [...new Set(files)];
}
