/**
 * Kit files: one JSON document (the kit itself, schema-versioned by its `version`). Reading validates everything
 * before anything is applied; every problem names the field and the line it was written on.
 */
import { brandKitSchema, parseBrandKit, migrateKit, type BrandKit } from '@/lib/engine/schema';
import { findDuplicateKeys, findSyntaxError, locatePath } from './json-position';
import { localizedJsonSyntax } from './json-syntax-text';
import { decodeImportBytes, type Bilingual } from '../import-text';
import { pathParts } from '../field-path';

export { pathParts };

/** Larger files are refused before decoding or parsing (a 50,000-term kit is about 3 MB). */
export const MAX_KIT_FILE_BYTES = 5 * 1024 * 1024;
/** The limit as messages state it: derived, so the text cannot disagree with the check. */
export const MAX_KIT_FILE_MB = MAX_KIT_FILE_BYTES / 1024 / 1024;

export type KitFileErrorCode =
  'too-large' | 'encoding' | 'syntax' | 'unknown-field' | 'invalid' | 'duplicate-key';

export interface KitFileError {
  code: KitFileErrorCode;
  /** Dotted path such as `bannedTerms[3].severity`, when the problem has one. */
  path?: string;
  line?: number;
  column?: number;
  message: string;
  /** The message in both UI languages, when it has been written in both. */
  localized?: Bilingual;
}

export type KitFileResult =
  | {
      ok: true;
      kit: BrandKit;
      /** True when an older version was upgraded on the way in. */
      migrated: boolean;
      /** Shown with the preview before anything is applied: keys written twice, a non-UTF-8 file read as GB18030. */
      warnings: KitFileError[];
    }
  | { ok: false; errors: KitFileError[] };

/** The kit's top-level fields, read when a file is (the schema is built on first use: lib/engine/schema.ts). */
const knownTopLevel = () => Object.keys(brandKitSchema().def.shape);

/** Bytes → text with the import decoder shared by every file import (lib/import-text.ts). */
export function decodeKitBytes(
  bytes: Uint8Array,
): { ok: true; text: string; notice?: Bilingual } | { ok: false; error: KitFileError } {
  const decoded = decodeImportBytes(bytes, MAX_KIT_FILE_BYTES);
  if (decoded.ok) return { ok: true, text: decoded.text, notice: decoded.notice };
  return {
    ok: false,
    error: { code: decoded.code, message: decoded.message.en, localized: decoded.message },
  };
}

/** Reads a kit file's bytes: size, encoding, JSON syntax, unknown fields, then the full kit validation. */
export function readKitFile(bytes: Uint8Array): KitFileResult {
  const decoded = decodeKitBytes(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const result = readKitText(decoded.text);
  if (result.ok && decoded.notice)
    result.warnings.unshift({ code: 'encoding', message: decoded.notice.en, localized: decoded.notice });
  return result;
}

export function readKitText(text: string): KitFileResult {
  if (text.length > MAX_KIT_FILE_BYTES) {
    return {
      ok: false,
      errors: [{ code: 'too-large', message: `The kit is larger than ${MAX_KIT_FILE_MB} MB.` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const syntax = safeSyntaxError(text);
    return {
      ok: false,
      errors: [
        {
          code: 'syntax',
          line: syntax?.position.line,
          column: syntax?.position.column,
          message: `Not valid JSON: ${syntax?.message ?? (error as Error).message}`,
          // The import dialog shows the line next to the message, so the message names only the column.
          localized: syntax ? localizedJsonSyntax(syntax, { lineShown: true }) : undefined,
        },
      ],
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      ok: false,
      errors: [
        {
          code: 'invalid',
          line: 1,
          column: 1,
          message: 'A kit file holds one JSON object ({ "version": 2, … }).',
        },
      ],
    };
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
    const known = knownTopLevel();
    const unknown = Object.keys(json).filter((key) => !known.includes(key));
    if (unknown.length) {
      return {
        ok: false,
        errors: unknown.map((key) => ({
          code: 'unknown-field' as const,
          path: key,
          ...at([key]),
          message: `Unknown field "${key}" (known fields: ${known.join(', ')})`,
        })),
      };
    }
  }
  const parsed = parseBrandKit(json);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: parsed.errors.map((e) => {
        // An upgraded kit's paths are in the new shape: name the entry as the old file wrote it, with its line.
        const path = upgraded ? originalPath(e.path) : e.path;
        const where = path === undefined ? {} : at(pathParts(path));
        const entry = path === undefined ? undefined : valueAt(json, pathParts(path));
        const shown = entry === undefined ? '' : ` (${JSON.stringify(entry).slice(0, 120)})`;
        return { code: 'invalid' as const, path: path ?? e.path, ...where, message: `${e.message}${shown}` };
      }),
    };
  }
  const warnings: KitFileError[] = duplicateKeys(text).map(({ key, position }) => ({
    code: 'duplicate-key' as const,
    path: key,
    line: position.line,
    column: position.column,
    message: `"${key}" is written twice; the later one is used`,
    localized: {
      en: `"${key}" is written twice; the later one is used`,
      zh: `“${key}”出现了两次，使用后一个`,
    },
  }));
  return { ok: true, kit: parsed.kit, migrated: upgraded, warnings };
}

/** Version 1 wrote `banned[i]` (a string each) where the kit now has `bannedTerms[i]`. */
function originalPath(path: string): string | undefined {
  const banned = /^bannedTerms\[(\d+)\]/.exec(path);
  if (banned) return `banned[${banned[1]}]`;
  return path.startsWith('preferredTerms') ? 'preferred' : undefined;
}

function valueAt(json: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = json;
  for (const part of path)
    value =
      typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

function duplicateKeys(text: string) {
  try {
    return findDuplicateKeys(text);
  } catch {
    return [];
  }
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
