// The template library's version and default trigger, in a module of its own so the starter templates (loaded
// as an optional part of the in-page assistant) do not pull in the schema's validators.
export const TEMPLATES_VERSION = 1;
/** Typed before a shortcut in any reply box (";;thx") to insert that template. */
export const DEFAULT_TRIGGER = ';;';
