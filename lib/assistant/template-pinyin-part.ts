import { loadedPart } from './part-registry';

// Stands in for lib/templates/data/initials-table.ts inside content-scripts/assistant.js (wxt.config.ts resolves it
// there only): the table is the template-pinyin part (entrypoints/part-template-pinyin.ts), injected before a
// template library with hanzi is offered to the picker (template-picker.ts). Without it a search fails with this
// error instead of silently matching less.
export function pinyinInitialsTable(): Readonly<Record<string, string>> {
  const table = loadedPart<Readonly<Record<string, string>>>('template-pinyin');
  if (table === undefined) throw new Error('the template pinyin table is not loaded in this page');
  return table;
}
