// Rasterises the extension icons from assets/icon/*.svg into assets/public/icon/<size>.png (committed; run
// again after changing the drawing): node test/tools/render-icons.mjs
// resvg renders SVG without a browser or native system libraries (its prebuilt binary comes from npm), so the
// PNGs are reproducible on any machine; hand-encoding PNGs would mean writing a rasteriser.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const out = new URL('assets/public/icon/', root);
mkdirSync(out, { recursive: true });

for (const size of [16, 32, 48, 128]) {
  // The 16 px icon has its own pixel-grid drawing; the larger ones scale the full drawing.
  const source = size === 16 ? 'assets/icon/onbrand-16.svg' : 'assets/icon/onbrand.svg';
  const svg = readFileSync(new URL(source, root), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(`${size}.png`, out), png);
  console.log(`assets/public/icon/${size}.png  ${png.length} bytes`);
}

// WCAG contrast of the icon's fill against typical light and dark toolbars, and of the check against the fill.
const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return ((x + 0.05) / (y + 0.05)).toFixed(2);
};
const fill = '#6366f1';
console.log(
  `fill ${fill}: ${contrast(fill, '#ffffff')}:1 on a light toolbar, ${contrast(fill, '#202124')}:1 on a dark one (#202124), check ${contrast('#ffffff', fill)}:1 on the fill`,
);
