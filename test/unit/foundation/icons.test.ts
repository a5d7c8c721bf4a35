import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rgbContrast } from '@/lib/platforms/mark-ink';

// The toolbar and store icons: each size listed in the manifest exists as a PNG of exactly that size, and each
// stands out on a light and on a dark toolbar (issue 17).
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

/** The RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what test/tools/render-icons.mjs writes). */
function pngPixels(file: URL): { width: number; height: number; rgba: Uint8Array } {
  const bytes = readFileSync(file);
  const { width, height } = pngSize(file);
  expect([bytes[24], bytes[25], bytes[28]]).toEqual([8, 6, 0]); // bit depth 8, RGBA, not interlaced
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT')
      data.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const rgba = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x];
      const left = x >= 4 ? rgba[y * stride + x - 4] : 0;
      const up = y ? rgba[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y ? rgba[(y - 1) * stride + x - 4] : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter];
      rgba[y * stride + x] = (byte + predictor) & 255;
    }
  }
  return { width, height, rgba };
}

describe('extension icons on light and dark toolbars', () => {
  // Chrome's light toolbar and its dark theme's. WCAG 1.4.11 asks 3:1 of a graphic against what is next to it.
  const toolbars: Record<string, number[]> = { light: [255, 255, 255], dark: [32, 33, 36] };
  it.each([16, 32, 48, 128].flatMap((size) => Object.keys(toolbars).map((theme) => [size, theme] as const)))(
    '%i px on a %s toolbar: at least two fifths of its square stands out at 3:1',
    (size, theme) => {
      const toolbar = toolbars[theme];
      const { width, height, rgba } = pngPixels(new URL(`assets/public/icon/${size}.png`, root));
      let standing = 0;
      for (let i = 0; i < width * height; i++) {
        const alpha = rgba[i * 4 + 3] / 255;
        const shown = [0, 1, 2].map((k) => rgba[i * 4 + k] * alpha + toolbar[k] * (1 - alpha));
        if (rgbContrast(shown, toolbar) >= 3) standing++;
      }
      // Measured: 43–57% on light (the indigo bubble), 70–95% on dark (the bubble, its rim and check).
      expect(standing / (width * height)).toBeGreaterThanOrEqual(0.4);
    },
  );
});
