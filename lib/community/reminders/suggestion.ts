import type { Template } from '../../templates/schema';

// What a reminder suggests on the page it opens: which kind of template, for whom. The background keeps it for
// the tab it opened (jobs.ts); the assistant in that tab asks for it once and offers the template first.

export const SUGGESTION_KINDS = ['welcome', 'birthday', 'holiday'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface Suggestion {
  kind: SuggestionKind;
  /** The member to greet, as shown on the site. */
  author?: string;
  /** The holiday's names (holiday reminders). */
  holiday?: { en: string; zh: string };
  /** The template to offer first (a kit's holiday may name one). */
  template?: string;
}

/** The tags that mark a template as one for this kind (the starter templates carry them; a team's own may too). */
export const SUGGESTION_TAGS: Record<SuggestionKind, readonly string[]> = {
  welcome: ['welcome', '欢迎'],
  birthday: ['birthday', '生日'],
  holiday: ['holiday', '节日'],
};

export function fitsSuggestion(template: Pick<Template, 'tags'>, kind: SuggestionKind): boolean {
  const tags = SUGGESTION_TAGS[kind];
  return template.tags.some((tag) => tags.includes(tag.toLowerCase()));
}
