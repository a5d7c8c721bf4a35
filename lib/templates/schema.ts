/**
 * The template library: a versioned JSON document (stored in storage.local, exported and imported as a file).
 * This file owns its shape (zod/mini), validation with field-named errors, and the export format. The schemas
 * are built on the first parse, not when a bundle loads (lib/engine/schema.ts says why).
 */
import * as z from 'zod/mini';
import { PLATFORM_IDS, PlatformId } from '@/lib/platforms/schema';
import { formatPath } from '../field-path';
import { once } from '../once';

export { formatPath };

import { DEFAULT_TRIGGER, TEMPLATES_VERSION } from './constants';

export { DEFAULT_TRIGGER, TEMPLATES_VERSION };

export const TEMPLATE_LANGUAGES = ['en', 'zh', 'both'] as const;
/** Letters, digits, "_" and "-" only, so a shortcut ends cleanly at the caret; empty means none. */
export const SHORTCUT_PATTERN = /^[\p{L}\p{N}_-]*$/u;
/** 1–4 symbols with no letter, digit or space, so the trigger never merges with the shortcut after it. */
export const TRIGGER_PATTERN = /^[^\p{L}\p{N}\s_-]{1,4}$/u;

/** Every schema of the library, built together on the first parse (see the file's head). */
function buildTemplateSchemas() {
  const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

  const TemplateLanguage = z.enum(TEMPLATE_LANGUAGES);

  const Template = z.object({
    id: nonEmpty(100),
    name: nonEmpty(100),
    body: nonEmpty(5000),
    language: TemplateLanguage,
    tags: z.array(nonEmpty(40)).check(z.maxLength(20)),
    /** Platforms it suits; empty means every platform. */
    platforms: z.array(PlatformId),
    shortcut: z
      .string()
      .check(z.maxLength(30), z.regex(SHORTCUT_PATTERN, 'Use letters, digits, "_" or "-" only')),
    /** Per-platform wording that replaces the body on that platform. */
    variants: z.optional(z.partialRecord(z.enum(PLATFORM_IDS), nonEmpty(5000))),
    createdAt: z.number().check(z.nonnegative()),
    updatedAt: z.number().check(z.nonnegative()),
  });

  const TemplateUsage = z.object({
    count: z.number().check(z.int(), z.nonnegative()),
    lastUsed: z.number().check(z.nonnegative()),
  });

  const TemplateLibrary = z.object({
    version: z.literal(TEMPLATES_VERSION),
    /** In the user's order (the dashboard reorders this array). */
    templates: z.array(Template).check(z.maxLength(2000)),
    trigger: z
      .string()
      .check(z.regex(TRIGGER_PATTERN, 'Use 1–4 symbols (no letters, digits or spaces), e.g. ";;"')),
    usage: z.record(z.string(), TemplateUsage),
  });

  /** What an exported file may omit: the trigger and usage counts are personal and default when absent. */
  const ImportedLibrary = z.object({
    version: z.literal(TEMPLATES_VERSION),
    templates: TemplateLibrary.shape.templates,
    trigger: z.optional(TemplateLibrary.shape.trigger),
    usage: z.optional(TemplateLibrary.shape.usage),
  });
  return { Template, TemplateLibrary, ImportedLibrary };
}
type TemplateSchemas = ReturnType<typeof buildTemplateSchemas>;
const templateSchemas = once(buildTemplateSchemas);

/** One template's schema (the team's shared templates are checked one by one). */
export const templateSchema = () => templateSchemas().Template;

export type Template = z.infer<TemplateSchemas['Template']>;
export type TemplateLibrary = z.infer<TemplateSchemas['TemplateLibrary']>;
export type TemplateLanguage = Template['language'];
export type TemplateUsage = TemplateLibrary['usage'][string];

export interface TemplateError {
  /** Where the problem is, e.g. "templates[3].shortcut". */
  path: string;
  message: string;
}
export type TemplateParseResult =
  { ok: true; library: TemplateLibrary } | { ok: false; errors: TemplateError[] };

/**
 * Validates a library (an export file, or what storage holds). Accepts a parsed value or JSON text;
 * every error names the field it is about. Duplicate template ids are rejected.
 */
export function parseTemplateLibrary(json: unknown): TemplateParseResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      return {
        ok: false,
        errors: [{ path: '(root)', message: `Not valid JSON: ${(error as Error).message}` }],
      };
    }
  }
  const result = templateSchemas().ImportedLibrary.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const seen = new Map<string, number>();
  const errors: TemplateError[] = [];
  result.data.templates.forEach((template, index) => {
    const first = seen.get(template.id);
    if (first !== undefined)
      errors.push({
        path: `templates[${index}].id`,
        message: `Duplicate id "${template.id}" (also templates[${first}])`,
      });
    else seen.set(template.id, index);
  });
  if (errors.length) return { ok: false, errors };
  const { templates, trigger = DEFAULT_TRIGGER, usage = {} } = result.data;
  return { ok: true, library: { version: TEMPLATES_VERSION, templates, trigger, usage } };
}

/** The export file: templates and trigger, pretty-printed. Usage counts stay in this browser. */
export function exportTemplates(library: TemplateLibrary, ids?: ReadonlyArray<string>): string {
  const wanted = ids ? new Set(ids) : undefined;
  const templates = wanted ? library.templates.filter((t) => wanted.has(t.id)) : library.templates;
  return JSON.stringify({ version: TEMPLATES_VERSION, templates, trigger: library.trigger }, null, 2) + '\n';
}

/** Adds imported templates to a library: same id replaces in place, new ones go to the end. */
export function mergeTemplates(
  library: TemplateLibrary,
  imported: ReadonlyArray<Template>,
): { library: TemplateLibrary; added: number; replaced: number } {
  const byId = new Map(imported.map((t) => [t.id, t]));
  let replaced = 0;
  const templates = library.templates.map((t) => {
    const next = byId.get(t.id);
    if (!next) return t;
    byId.delete(t.id);
    replaced++;
    return next;
  });
  const added = [...byId.values()];
  return { library: { ...library, templates: [...templates, ...added] }, added: added.length, replaced };
}
