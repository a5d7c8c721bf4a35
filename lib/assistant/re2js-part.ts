import type { RE2JS as RealRE2JS } from 're2js';
import { loadedPart } from './part-registry';

// Stands in for the `re2js` package inside content-scripts/assistant.js (wxt.config.ts aliases it there only):
// the engine's user-pattern.ts calls these statics, which reach the real RE2JS injected as the re2js part
// (entrypoints/part-re2js.ts). Without the part a compile fails with this error, which the kit parser reports.
function real(): typeof RealRE2JS {
  const loaded = loadedPart<typeof RealRE2JS>('re2js');
  if (!loaded) throw new Error('the pattern engine (re2js) is not loaded in this page');
  return loaded;
}

export const RE2JS = {
  get CASE_INSENSITIVE() {
    return real().CASE_INSENSITIVE;
  },
  compile: (...args: Parameters<typeof RealRE2JS.compile>) => real().compile(...args),
} as unknown as typeof RealRE2JS;
