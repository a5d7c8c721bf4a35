// Two character classes shared by X's link scanner (x-links.ts), the length units (length.ts) and the privacy
// detectors (privacy.ts), in a file of their own: inside the in-page assistant the scanner comes from a part only X's
// pages get (lib/assistant/x-links-part.ts), while every page needs these.

/** JavaScript's \s (also where a chunk of a draft may end: length.ts). */
export const isSpace = (c: number) =>
  (c >= 0x09 && c <= 0x0d) ||
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Not part of a link when it ends one (also the privacy detectors' rule for where a link ends: privacy.ts). */
export const isLinkTrailing = (c: number) =>
  c === 0x2e ||
  c === 0x2c ||
  c === 0x3b ||
  c === 0x3a ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x29 ||
  c === 0x5d ||
  c === 0x7d ||
  c === 0x27 ||
  c === 0x22;
