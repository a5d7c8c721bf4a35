import { useEffect, useState, type ComponentType } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { commentersWatched } from '@/lib/community/commenters';
import { replyChips } from '@/lib/community/reply-chips';
import { hoveredComment } from '@/lib/assistant/feedback';
import { useUiPart } from './useUiPart';

// The UI on a page's comments — the reply queue's age chips and the member card on a thread the scan tracks (a
// commenter in commenters.ts, or a chip without an author), the feedback tagger on a hovered comment (feedback.ts)
// — is the community-ui part, asked for the first time one of them has something to draw, so
// content-scripts/assistant.js and pages without comments carry none of it.

interface CommunityUiPart {
  FeedbackTagger: ComponentType;
  MemberCard: ComponentType;
  ReplyAgeChips: ComponentType;
}

export function CommunityUi() {
  useSignals();
  const [chips, setChips] = useState(replyChips.size > 0);
  useEffect(() => (chips ? undefined : replyChips.subscribe(() => setChips(replyChips.size > 0))), [chips]);
  const part = useUiPart<CommunityUiPart>(
    'community-ui',
    commentersWatched.value || chips || hoveredComment.value !== null,
  );
  if (!part) return null;
  return (
    <>
      <part.ReplyAgeChips />
      <part.MemberCard />
      <part.FeedbackTagger />
    </>
  );
}
