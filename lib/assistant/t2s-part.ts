import type { T2sTable } from '@/lib/engine/data/t2s-table';
import { loadedPart } from './part-registry';

// Stands in for lib/engine/data/t2s-table.ts inside content-scripts/assistant.js (wxt.config.ts resolves it there
// only): the traditional → simplified pairs are the t2s part (entrypoints/part-t2s.ts), injected before a kit with
// hanzi is compiled. Without it such a compile fails (lib/engine/normalize.ts foldTerm), which the kit parser reports.
export const t2sTable = (): T2sTable | undefined => loadedPart<T2sTable>('t2s');
