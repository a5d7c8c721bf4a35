import { SIMPLIFIED, TRADITIONAL } from './t2s';

/** Traditional hanzi and, at the same index, the simplified one each folds to (lib/engine/fold.ts). */
export interface T2sTable {
  traditional: string;
  simplified: string;
}

// Inside content-scripts/assistant.js this module is lib/assistant/t2s-part.ts instead (wxt.config.ts): there the
// table is an optional part and may not be here yet.
export const t2sTable = (): T2sTable | undefined => ({ traditional: TRADITIONAL, simplified: SIMPLIFIED });
