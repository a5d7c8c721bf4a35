/**
 * Quick-reply templates: the model, body syntax and filling, picker search, the trigger, and the starter set.
 * Pure logic except store.ts (storage.local); check.ts needs a compiled engine checker passed in.
 */
export {
  templateSchema,
  type Template,
  type TemplateLibrary,
  type TemplateUsage,
  type TemplateLanguage,
  TEMPLATE_LANGUAGES,
  TEMPLATES_VERSION,
  DEFAULT_TRIGGER,
  SHORTCUT_PATTERN,
  TRIGGER_PATTERN,
  parseTemplateLibrary,
  exportTemplates,
  mergeTemplates,
  formatPath,
  type TemplateError,
  type TemplateParseResult,
} from './schema';
export { parseTemplateBody, customFields, type TemplateToken, type BuiltinVariable } from './body';
export { calendarDay, formatDay, type CalendarDay, type DateLanguage } from './dates';
export {
  fillTemplate,
  fillBody,
  missingValues,
  withAnswer,
  bodyFor,
  dateLanguage,
  type FillContext,
  type FilledTemplate,
  type MissingValue,
} from './fill';
export {
  searchTemplates,
  findByShortcut,
  type SearchOptions,
  type TemplateMatch,
  type MatchField,
} from './search';
export { matchTrigger, type TriggerMatch } from './trigger';
export { pinyinInitials } from './pinyin';
export { starterTemplates, starterLibrary } from './starter';
export { checkTemplate, sampleContext, type TemplateFinding } from './check';
