import { MemberCard } from '@/components/overlay/MemberCard';
import { ReplyAgeChips } from '@/components/overlay/ReplyAgeChips';
import { registerPart } from '@/lib/assistant/part-registry';

// The reply queue's in-page UI (age chips, member card), injected only into pages where the assistant tracks one
// of the brand's threads (components/overlay/CommunityUi.tsx); it renders with the assistant's Preact and state
// (components/overlay/ui-host.ts, wxt.config.ts).
export default defineUnlistedScript(() => registerPart('community-ui', { MemberCard, ReplyAgeChips }));
