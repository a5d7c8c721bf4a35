/**
 * File bytes → text for every import (kit, templates, banned-terms CSV, calendar CSV/ICS). UTF-8 (BOM optional)
 * and UTF-16 with a BOM are read as such; GB18030/GBK, what Chinese Excel and Notepad often write, is recognised
 * and decoded with a notice; anything else is refused with the byte offset of the first invalid UTF-8 sequence
 * rather than turned into U+FFFD mojibake. Messages come in both UI languages.
 */

export type Bilingual = { en: string; zh: string };

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'; notice?: Bilingual }
  | { ok: false; code: 'too-large' | 'encoding'; offset?: number; message: Bilingual };

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1).replace(/\.0$/, '');

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b === 0xe0) [need, min] = [2, 0xa0];
    else if (b === 0xed)
      [need, min, max] = [2, 0x80, 0x9f]; // no surrogates
    else if (b >= 0xe1 && b <= 0xef) [need, min] = [2, 0x80];
    else if (b === 0xf0) [need, min] = [3, 0x90];
    else if (b >= 0xf1 && b <= 0xf3) [need, min] = [3, 0x80];
    else if (b === 0xf4) [need, min, max] = [3, 0x80, 0x8f];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * The text as GB18030 when the bytes are valid GB18030 and look like Chinese: most two-byte characters in the
 * GB2312 range (lead and trail 0xA1–0xFE), which is where common hanzi and full-width punctuation sit. Latin-1
 * ("M\xfcller") also decodes as GB18030, into rare characters with ASCII trail bytes, and is refused instead.
 */
function asGb18030(bytes: Uint8Array): string | null {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    pairs++;
    if (b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe) common++;
    i += next >= 0x30 && next <= 0x39 ? 3 : 1;
  }
  if (pairs === 0 || common * 10 < pairs * 8) return null;
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeImportBytes(bytes: Uint8Array, maxBytes = 5 * MB): DecodedText {
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      code: 'too-large',
      message: {
        en: `The file is ${mb(bytes.length)} MB; at most ${mb(maxBytes)} MB can be imported.`,
        zh: `文件大小为 ${mb(bytes.length)} MB，导入上限为 ${mb(maxBytes)} MB。`,
      },
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const invalid = firstInvalidUtf8(bytes, bom);
  if (invalid < 0)
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(bom)), encoding: 'utf-8' };
  if (!bom) {
    const chinese = asGb18030(bytes);
    if (chinese !== null) {
      return {
        ok: true,
        text: chinese,
        encoding: 'gb18030',
        notice: {
          en: 'The file is not UTF-8; it was read as GB18030/GBK (Chinese). Check the preview.',
          zh: '文件不是 UTF-8 编码，已按 GB18030/GBK（中文）读取，请核对预览。',
        },
      };
    }
  }
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
    return {
      ok: false,
      code: 'encoding',
      offset: invalid,
      message: {
        en: 'The file looks like UTF-16 without a byte-order mark; save it as UTF-8.',
        zh: '文件似乎是没有字节顺序标记的 UTF-16，请另存为 UTF-8。',
      },
    };
  }
  return {
    ok: false,
    code: 'encoding',
    offset: invalid,
    message: {
      en: `The file is not valid UTF-8 at byte ${invalid}; save it as UTF-8.`,
      zh: `文件不是有效的 UTF-8（第 ${invalid} 字节），请另存为 UTF-8。`,
    },
  };
}
