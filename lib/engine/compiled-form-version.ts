// In a module of its own, as kit-version.ts is: the kit's key (lib/kits/kit-key.ts) names it, and the extension's
// pages and worker that store a library reach that key without the compiled form's code.

/** Bump when CompiledTerms or Automaton change shape or meaning: older stored forms are then compiled again. */
export const COMPILED_FORM_VERSION = 2;
