import { allMessages } from '@/lib/i18n';
import { registerPart } from '@/lib/assistant/part-registry';

// The UI strings in Simplified Chinese only, for the in-page assistant (lib/assistant/parts.ts); wxt.config.ts builds this
// part with the other language's half of every message file left out.
export default defineUnlistedScript(() => registerPart('i18n-zh', allMessages()['zh-CN']));
