// The text colour of a platform's mark: black or white, whichever contrasts more with the platform's colour.
// One of the two always reaches WCAG AA (4.5:1) on any background, so no platform colour can fail axe.

/** WCAG relative luminance of an `[r, g, b]` colour (channels 0–255). */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two `[r, g, b]` colours (1 to 21); the icons' test measures pixels with it. */
export function rgbContrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const rgbOf = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  return rgbContrast(rgbOf(a), rgbOf(b));
}

/** Black or white text on a platform's colour, whichever is more legible. */
export function markInk(colour: string): '#000000' | '#ffffff' {
  return contrastRatio(colour, '#ffffff') >= contrastRatio(colour, '#000000') ? '#ffffff' : '#000000';
}
