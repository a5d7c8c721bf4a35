import type { PlatformId } from '../../platforms';
import { normalizeHandle } from '../../platforms/handles';

// One person who interacted with the brand's posts, as the manager saw them on public pages: nothing is fetched.

export interface Member {
  /** `<platform>:<handle as compared>` */
  id: string;
  platform: PlatformId;
  handle: string;
  displayName?: string;
  firstSeen: number;
  lastSeen: number;
  comments: number;
  /** Replies the brand gave this person (reply records whose thread context names them). */
  repliesReceived: number;
  /** Feedback tags given to their comments. */
  tags: string[];
  /** The manager's notes, personal data masked like the log. */
  notes: string;
  /** Optional birthday, MM-DD (what reminders read). */
  birthday?: string;
  /** The birthday's year, when the manager gave one. */
  birthYear?: number;
  /** Their latest comment's permalink (or the post it sits on). */
  lastCommentUrl?: string;
}

export function memberId(platform: PlatformId, handle: string): string {
  return `${platform}:${normalizeHandle(handle)}`.slice(0, 300);
}

export const BIRTHDAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** What one interaction adds to a member (a new comment seen, a reply given, a tag). */
export interface Interaction {
  platform: PlatformId;
  handle: string;
  displayName?: string;
  at: number;
  kind: 'comment' | 'reply' | 'tag';
  url?: string;
  tag?: string;
  /** The comment's queue key (lib/community/queue.ts): the same for every manager who saw it (team sharing). */
  key?: string;
}

export function applyInteraction(member: Member | undefined, interaction: Interaction): Member {
  const base: Member = member ?? {
    id: memberId(interaction.platform, interaction.handle),
    platform: interaction.platform,
    handle: interaction.handle,
    firstSeen: interaction.at,
    lastSeen: interaction.at,
    comments: 0,
    repliesReceived: 0,
    tags: [],
    notes: '',
  };
  const next = { ...base, tags: [...base.tags] };
  if (interaction.displayName) next.displayName = interaction.displayName;
  if (interaction.kind === 'comment') {
    next.comments++;
    next.firstSeen = Math.min(next.firstSeen, interaction.at);
    if (interaction.at >= next.lastSeen && interaction.url) next.lastCommentUrl = interaction.url;
    next.lastSeen = Math.max(next.lastSeen, interaction.at);
  } else if (interaction.kind === 'reply') {
    next.repliesReceived++;
  } else if (interaction.tag && !next.tags.includes(interaction.tag)) {
    next.tags.push(interaction.tag);
  }
  return next;
}
