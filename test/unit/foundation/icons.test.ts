import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The toolbar and store icons: each size listed in the manifest exists as a PNG of exactly that size.
const root = new URL('../../../', import.meta.url);

function pngSize(file: URL): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('extension icons', () => {
  const config = readFileSync(new URL('wxt.config.ts', root), 'utf8');
  it.each([16, 32, 48, 128])('%i px is in the manifest and drawn at that size', (size) => {
    expect(config).toContain(`${size}: 'icon/${size}.png'`);
    expect(pngSize(new URL(`assets/public/icon/${size}.png`, root))).toEqual({ width: size, height: size });
  });
});
