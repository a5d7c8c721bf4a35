import { loadedPart } from './part-registry';

// Stands in for lib/engine/data/pinyin.ts inside content-scripts/assistant.js (wxt.config.ts resolves it there
// only): the table is the pinyin part (entrypoints/part-pinyin.ts), injected before a kit with a pinyin term is
// compiled. Without it a compile fails with this error, which the kit parser reports.
export function pinyinGroups(): string {
  const groups = loadedPart<string>('pinyin');
  if (groups === undefined) throw new Error('the pinyin table is not loaded in this page');
  return groups;
}
