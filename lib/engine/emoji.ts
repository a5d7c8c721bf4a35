/**
 * Emoji sequences without the (very slow) \p{RGI_Emoji} regex: a pictograph plus its variation selector,
 * skin tone, tags and ZWJ-joined pictographs; regional-indicator pairs (flags); keycaps.
 */
export function isPictographic(cp: number): boolean {
  if (cp >= 0x1f000) return cp <= 0x1faff;
  return (
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2300 && cp <= 0x23ff) ||
    (cp >= 0x2b05 && cp <= 0x2b55) ||
    (cp >= 0x2194 && cp <= 0x21aa) ||
    (cp >= 0x25aa && cp <= 0x25fe) ||
    cp === 0x203c ||
    cp === 0x2049 ||
    cp === 0x2122 ||
    cp === 0x2139 ||
    cp === 0x24c2 ||
    cp === 0x2934 ||
    cp === 0x2935 ||
    cp === 0x3030 ||
    cp === 0x303d ||
    cp === 0x3297 ||
    cp === 0x3299 ||
    cp === 0xa9 ||
    cp === 0xae
  );
}

const isRegional = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isModifier = (cp: number) =>
  cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f) || cp === 0x20e3;
const isKeycapBase = (cp: number) => (cp >= 0x30 && cp <= 0x39) || cp === 0x23 || cp === 0x2a;

export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * If an emoji sequence starts at i, returns the UTF-16 index just past it; otherwise -1.
 * Text-style symbols (©, ™, ↔ …) count only when followed by U+FE0F, as on X.
 */
export function emojiEnd(text: string, i: number): number {
  const cp = codePointAt(text, i);
  let j = i + width(cp);
  if (isRegional(cp)) {
    const next = codePointAt(text, j);
    return isRegional(next) ? j + 2 : j;
  }
  if (isKeycapBase(cp)) {
    let k = j;
    if (text.charCodeAt(k) === 0xfe0f) k++;
    return text.charCodeAt(k) === 0x20e3 ? k + 1 : -1;
  }
  if (!isPictographic(cp)) return -1;
  if (cp < 0x2600 && cp !== 0x231a && cp !== 0x231b && text.charCodeAt(j) !== 0xfe0f) return -1;
  for (;;) {
    while (j < text.length && isModifier(codePointAt(text, j))) j += width(codePointAt(text, j));
    if (text.charCodeAt(j) === 0x200d && j + 1 < text.length && isPictographic(codePointAt(text, j + 1))) {
      j += 1 + width(codePointAt(text, j + 1));
      continue;
    }
    return j;
  }
}
