import { PINYIN_INITIALS } from './pinyin-initials';

// The pinyin-initials table as templates/pinyin.ts reads it, on first use. In content-scripts/assistant.js this
// module is replaced by lib/assistant/template-pinyin-part.ts (the table comes as an optional part there, see
// wxt.config.ts).
export const pinyinInitialsTable = (): Readonly<Record<string, string>> => PINYIN_INITIALS;
