import { PINYIN_GROUPS } from './pinyin';

// The pinyin table as pinyin-variants.ts reads it, on first use. In content-scripts/assistant.js this module is
// replaced by lib/assistant/pinyin-part.ts (the table comes as an optional part there, see wxt.config.ts).
export const pinyinGroups = (): string => PINYIN_GROUPS;
