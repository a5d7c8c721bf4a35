import { signal } from '@preact/signals-react';
import type { BrandKit, Finding } from '@/lib/engine';
import type { ResolvedKit } from '@/lib/kits/kit-library';
import type { BoxSession } from './box-session';
import type { Pause } from '@/lib/pause/pause';

// What the overlay shows, as signals the React components read.

/** The box the manager is writing in (the badge follows it). */
export const activeSession = signal<BoxSession | null>(null);

/** The finding whose card is open, and where the card should point. */
export const openCard = signal<{
  finding: Finding;
  anchor: DOMRect;
  via: 'hover' | 'click' | 'keyboard';
} | null>(null);

/** A submit held by the pre-publish gate. */
export interface GateRequest {
  session: BoxSession;
  blocking: Finding[];
  requireReason: boolean;
  /** The crisis pause in force: every post is held for a confirmation and a reason (lib/pause). */
  pause?: Pause;
  /** `via`: the event that decided (a post is only accepted from a trusted one). */
  resolve(decision: { action: 'edit' } | { action: 'post'; reason: string }, via: Event): void;
}
export const gateRequest = signal<GateRequest | null>(null);

export const currentKit = signal<BrandKit | null>(null);
/** The crisis pause in force (the badge's banner, the gate); read from extension storage, never from the page. */
export const currentPause = signal<Pause | undefined>(undefined);
/** Where the kit in force comes from (a managed kit is read-only: "Not a problem here" names its manager). */
export const currentResolvedKit = signal<ResolvedKit | null>(null);

/** The findings list of the active box (opened from the badge or the "open findings" command). */
export const findingsListOpen = signal<{ via: 'click' | 'keyboard' } | null>(null);

/** What the last "Not a problem here" did, shown in the card's place until the next panel opens. */
export const exceptionNotice = signal<{
  outcome: 'added' | 'managed' | 'team' | 'missing';
  text: string;
  kitName: string;
  anchor: DOMRect;
} | null>(null);

/** "Check this selection with Onbrand" (context menu): the selected text's findings, in a small panel. */
export interface SelectionCheck {
  text: string;
  findings: Finding[];
  anchor: DOMRect;
}
export const selectionCheck = signal<SelectionCheck | null>(null);

/**
 * Whether positioned UI is showing (something reads layoutTick). The runtime listens to scrolling only meanwhile:
 * on a page with none (the badge's box scrolled away), a scrolling feed never calls into the extension.
 */
export const layoutFollowed = signal(false);

/** Bumped on scroll/resize so positioned UI re-measures. */
export const layoutTick = signal(0, {
  watched: () => void (layoutFollowed.value = true),
  unwatched: () => void (layoutFollowed.value = false),
});
