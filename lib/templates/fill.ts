/**
 * Filling a template for one reply box: picks the platform's variant, resolves variables, and reports the
 * values that must be asked for first. The result never contains a raw `{variable}`.
 */
import type { PlatformId } from '@/lib/platforms';
import { parseTemplateBody, type TemplateToken } from './body';
import { calendarDay, formatDay, type DateLanguage } from './dates';
import type { Template } from './schema';

export interface FillContext {
  /** The commenter being answered, read from the thread by the site adapter. */
  author?: string;
  /** The brand's name (the active kit's profile name). */
  brand: string;
  /** From settings; empty when the user has not set it. */
  myName: string;
  now: number | Date;
  /** IANA zone for {today}/{date+N}; the runtime's zone when omitted. */
  timeZone?: string;
  /** Answers to fill-in fields, keyed by label ("order number" for `{?order number}`). */
  custom: Record<string, string>;
}

/** A value the picker must ask for before inserting. */
export type MissingValue =
  { kind: 'author' } | { kind: 'brand' } | { kind: 'my_name' } | { kind: 'custom'; label: string };

export interface FilledTemplate {
  text: string;
  /** UTF-16 offset in `text` where typing continues: the `{|}` marker, else the end. */
  caretOffset: number;
  /** Values that were still missing (left empty). The picker asks first, so this is normally empty. */
  missing: MissingValue[];
}

/** The platform's variant when the template has one, else the body. */
export function bodyFor(template: Template, platform: PlatformId): string {
  const variant = template.variants?.[platform];
  return variant && variant.trim() ? variant : template.body;
}

const blank = (value: string | undefined) => !value || !value.trim();

function missingIn(tokens: TemplateToken[], context: FillContext): MissingValue[] {
  const missing: MissingValue[] = [];
  const seen = new Set<string>();
  const add = (value: MissingValue, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    missing.push(value);
  };
  for (const token of tokens) {
    if (token.kind === 'custom' && blank(context.custom[token.label]))
      add({ kind: 'custom', label: token.label }, `?${token.label}`);
    if (token.kind !== 'variable') continue;
    if (token.name === 'author' && blank(context.author)) add({ kind: 'author' }, 'author');
    if (token.name === 'brand' && blank(context.brand)) add({ kind: 'brand' }, 'brand');
    if (token.name === 'my_name' && blank(context.myName)) add({ kind: 'my_name' }, 'my_name');
  }
  return missing;
}

/**
 * What must be asked before inserting `template` on `platform`: fill-in fields without an answer,
 * {author} when the thread gave none, {my_name} when settings have none, {brand} when the kit has no name.
 */
export function missingValues(
  template: Template,
  context: FillContext,
  platform: PlatformId = 'generic',
): MissingValue[] {
  return missingIn(parseTemplateBody(bodyFor(template, platform)), context);
}

/** Records the user's answer to a missing value in a copy of the context. */
export function withAnswer(context: FillContext, missing: MissingValue, answer: string): FillContext {
  switch (missing.kind) {
    case 'author':
      return { ...context, author: answer };
    case 'brand':
      return { ...context, brand: answer };
    case 'my_name':
      return { ...context, myName: answer };
    case 'custom':
      return { ...context, custom: { ...context.custom, [missing.label]: answer } };
  }
}

/** A zh template writes zh dates and an en one en dates; a bilingual one follows the UI locale. */
export function dateLanguage(template: Template, locale: string): DateLanguage {
  if (template.language !== 'both') return template.language;
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Fills `body` (already the right variant). Exposed for previews of unsaved drafts. */
export function fillBody(body: string, context: FillContext, language: DateLanguage): FilledTemplate {
  const tokens = parseTemplateBody(body);
  let text = '';
  let caretOffset = -1;
  for (const token of tokens) {
    switch (token.kind) {
      case 'text':
        text += token.text;
        break;
      case 'caret':
        if (caretOffset < 0) caretOffset = text.length;
        break;
      case 'custom':
        text += context.custom[token.label]?.trim() ?? '';
        break;
      case 'variable':
        if (token.name === 'date')
          text += formatDay(calendarDay(context.now, token.offset, context.timeZone), language);
        else if (token.name === 'author') text += context.author?.trim() ?? '';
        else if (token.name === 'brand') text += context.brand.trim();
        else text += context.myName.trim();
        break;
    }
  }
  return {
    text,
    caretOffset: caretOffset < 0 ? text.length : caretOffset,
    missing: missingIn(tokens, context),
  };
}

/** Fills `template` for `platform`; `locale` ("en", "zh-CN") picks the date format of bilingual templates. */
export function fillTemplate(
  template: Template,
  platform: PlatformId,
  context: FillContext,
  locale: string,
): FilledTemplate {
  return fillBody(bodyFor(template, platform), context, dateLanguage(template, locale));
}
