import { useEffect, useState, type ComponentType } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { commentersWatched } from '@/lib/community/commenters';
import { replyChips } from '@/lib/community/reply-chips';
import { ensurePart, loadedPart } from '@/lib/assistant/parts';
import { lendUiHost } from './ui-host';

// The reply queue's age chips and the member card draw only on a page where the scan tracks one of the brand's
// threads (a commenter in commenters.ts, or a chip without an author): their code is the community-ui part, asked for the first time that happens, so
// content-scripts/assistant.js and every other page carry none of it.

interface CommunityUiPart {
  MemberCard: ComponentType;
  ReplyAgeChips: ComponentType;
}

export function CommunityUi() {
  useSignals();
  const [chips, setChips] = useState(replyChips.size > 0);
  const watched = commentersWatched.value || chips;
  const [part, setPart] = useState(() => loadedPart<CommunityUiPart>('community-ui'));
  useEffect(() => (chips ? undefined : replyChips.subscribe(() => setChips(replyChips.size > 0))), [chips]);
  useEffect(() => {
    if (part || !watched) return;
    lendUiHost();
    void ensurePart('community-ui').then(
      () => setPart(loadedPart<CommunityUiPart>('community-ui')),
      (error: unknown) => console.error("Onbrand: the reply queue's page UI did not load", error),
    );
  }, [part, watched]);
  if (!part) return null;
  return (
    <>
      <part.ReplyAgeChips />
      <part.MemberCard />
    </>
  );
}
