import { PINYIN_INITIALS } from '@/lib/templates/data/pinyin-initials';
import { registerPart } from '@/lib/assistant/part-registry';

// The template search's pinyin initials ("gx" finds 感谢, ≈12 KB of hanzi), injected into a page only when its
// template library has a template with hanzi (lib/assistant/template-picker.ts); content-scripts/assistant.js is
// built without it (wxt.config.ts).
export default defineUnlistedScript(() => registerPart('template-pinyin', PINYIN_INITIALS));
