import { linkedinAdapter } from '@/lib/sites/linkedin';
import { registerPart } from '@/lib/assistant/part-registry';

// This site's DOM adapter, injected beside the assistant only into its own frames (lib/assistant/parts.ts).
export default defineUnlistedScript(() => registerPart('site-linkedin', linkedinAdapter));
