import { FeedbackTagger } from '@/components/overlay/FeedbackTagger';
import { MemberCard } from '@/components/overlay/MemberCard';
import { ReplyAgeChips } from '@/components/overlay/ReplyAgeChips';
import { registerPart } from '@/lib/assistant/part-registry';

// The UI on a page's comments (the reply queue's age chips, the member card, the feedback tagger), injected the
// first time one has something to draw (components/overlay/CommunityUi.tsx); it renders with the assistant's Preact and state
// (components/overlay/ui-host.ts, wxt.config.ts).
export default defineUnlistedScript(() =>
  registerPart('community-ui', { FeedbackTagger, MemberCard, ReplyAgeChips }),
);
