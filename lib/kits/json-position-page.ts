import type * as JsonPosition from './json-position';
import type * as JsonSyntaxText from './json-syntax-text';

// Stands in for json-position.ts and json-syntax-text.ts inside the in-page assistant, for kit-file.ts only
// (wxt.config.ts). The page reads a kit's text only for a managed policy, and uses the kit or drops it: where a
// file's error sits and how it is worded are shown by the dashboard, which reads it with the real scanner. Whether
// a kit is valid is decided by the same code everywhere (JSON.parse, the schema); ≈1.4 KB gzip stay out of the page.

export const findSyntaxError: typeof JsonPosition.findSyntaxError = () => null;
export const findDuplicateKeys: typeof JsonPosition.findDuplicateKeys = () => [];
export const locatePath: typeof JsonPosition.locatePath = () => {
  throw new Error('positions are not read in the page');
};
export const localizedJsonSyntax: typeof JsonSyntaxText.localizedJsonSyntax = () => {
  throw new Error('positions are not read in the page');
};
