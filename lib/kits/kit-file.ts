/**
 * Kit files: one JSON document (the kit itself, schema-versioned by its `version`). Reading validates everything
 * before anything is applied; every problem names the field and the line it was written on.
 */
import { BrandKit, parseBrandKit, migrateKit } from '@/lib/engine';
import { findSyntaxError, locatePath } from './json-position';
import { pathParts } from '../field-path';

export { pathParts };

/** Larger files are refused before decoding or parsing (a 50,000-term kit is about 3 MB). */
export const MAX_KIT_FILE_BYTES = 5 * 1024 * 1024;
/** The limit as messages state it: derived, so the text cannot disagree with the check. */
export const MAX_KIT_FILE_MB = MAX_KIT_FILE_BYTES / 1024 / 1024;

export type KitFileErrorCode = 'too-large' | 'encoding' | 'syntax' | 'unknown-field' | 'invalid';

export interface KitFileError {
  code: KitFileErrorCode;
  /** Dotted path such as `bannedTerms[3].severity`, when the problem has one. */
  path?: string;
  line?: number;
  column?: number;
  message: string;
}

export type KitFileResult =
  | { ok: true; kit: BrandKit; /** True when an older version was upgraded on the way in. */ migrated: boolean }
  | { ok: false; errors: KitFileError[] };

const KNOWN_TOP_LEVEL = new Set(Object.keys(BrandKit.def.shape));

/**
 * Bytes → text. UTF-8 (BOM optional) and UTF-16 with a BOM are decoded; anything else that is not valid UTF-8
 * is refused rather than guessed (a mis-decoded kit would ban the wrong words).
 */
export function decodeKitBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: KitFileError } {
  if (bytes.length > MAX_KIT_FILE_BYTES) {
    return { ok: false, error: { code: 'too-large', message: `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; kit files are limited to ${MAX_KIT_FILE_MB} MB.` } };
  }
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
    return { ok: false, error: { code: 'encoding', message: 'The file looks like UTF-16 without a byte-order mark; save it as UTF-8.' } };
  }
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    const offset = encoding === 'utf-8' ? firstInvalidUtf8(bytes, start) : -1;
    const where = offset >= 0 ? ` at byte ${offset}` : '';
    return { ok: false, error: { code: 'encoding', message: `The file is not valid ${encoding.toUpperCase()}${where}; save it as UTF-8.` } };
  }
}

function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefix validity would split sequences; a linear probe per 4-byte window is simple and rare.
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    try {
      if (!length) throw new Error();
      decoder.decode(bytes.subarray(i, i + length));
      i += length - 1;
    } catch {
      return i;
    }
  }
  return -1;
}

/** Reads a kit file's bytes: size, encoding, JSON syntax, unknown fields, then the full kit validation. */
export function readKitFile(bytes: Uint8Array): KitFileResult {
  const decoded = decodeKitBytes(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return readKitText(decoded.text);
}

export function readKitText(text: string): KitFileResult {
  if (text.length > MAX_KIT_FILE_BYTES) {
    return { ok: false, errors: [{ code: 'too-large', message: `The kit is larger than ${MAX_KIT_FILE_MB} MB.` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const syntax = safeSyntaxError(text);
    return {
      ok: false,
      errors: [{ code: 'syntax', line: syntax?.position.line, column: syntax?.position.column, message: `Not valid JSON: ${syntax?.message ?? (error as Error).message}` }],
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ code: 'invalid', line: 1, column: 1, message: 'A kit file holds one JSON object ({ "version": 2, … }).' }] };
  }
  const at = (path: ReadonlyArray<PropertyKey>) => {
    try {
      const { line, column } = locatePath(text, path);
      return { line, column };
    } catch {
      return {};
    }
  };
  const migrated = migrateKit(json);
  const upgraded = migrated !== json;
  // Unknown top-level fields are refused, not dropped: a typo such as "bannedTerm" would otherwise import an empty list.
  if (!upgraded) {
    const unknown = Object.keys(json).filter((key) => !KNOWN_TOP_LEVEL.has(key));
    if (unknown.length) {
      return {
        ok: false,
        errors: unknown.map((key) => ({ code: 'unknown-field' as const, path: key, ...at([key]), message: `Unknown field "${key}" (known fields: ${[...KNOWN_TOP_LEVEL].join(', ')})` })),
      };
    }
  }
  const parsed = parseBrandKit(json);
  if (!parsed.ok) {
    return {
      ok: false,
      // Paths of an upgraded kit do not exist in the old text; they are reported without a line.
      errors: parsed.errors.map((e) => ({ code: 'invalid' as const, path: e.path, ...(upgraded ? {} : at(pathParts(e.path))), message: e.message })),
    };
  }
  return { ok: true, kit: parsed.kit, migrated: upgraded };
}

function safeSyntaxError(text: string) {
  try {
    return findSyntaxError(text);
  } catch {
    return null; // Nesting deep enough to overflow the scanner's stack: report without a position.
  }
}


/** A kit as a file: pretty-printed so diffs in version control stay readable. */
export function writeKitText(kit: BrandKit): string {
  return `${JSON.stringify(kit, null, 2)}\n`;
}
