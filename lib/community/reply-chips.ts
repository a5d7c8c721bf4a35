import type { QueueState } from './queue';

// The age chips of the page's comments, kept by comment element and changed one comment at a time: the scan
// (thread-scan.ts) sets and removes the chips a change touched, and the overlay (ReplyAgeChips.tsx) hears only
// those, so a new reply in a thread of 2,000 costs one chip's work, never a walk over the 2,000.

export interface ChipState {
  element: Element;
  key: string;
  state: QueueState;
  /** Posted time where the page shows it, otherwise first seen: what the age counts from. */
  since: number;
  tag?: string;
}

/** What one update changed: the chips set (new or different) and the comments that lost theirs. */
export type ChipsListener = (set: readonly ChipState[], removed: readonly Element[]) => void;

export class ReplyChipBook {
  private chips = new Map<Element, ChipState>();
  private listeners = new Set<ChipsListener>();

  get(element: Element): ChipState | undefined {
    return this.chips.get(element);
  }

  get size(): number {
    return this.chips.size;
  }

  /** Every chip, in the order first set (for tests and the first render). */
  all(): ChipState[] {
    return [...this.chips.values()];
  }

  /** Sets these chips (an equal one keeps its object) and removes these comments' chips; tells listeners what moved. */
  update(set: readonly ChipState[], removed: readonly Element[] = []): void {
    const changed: ChipState[] = [];
    const gone: Element[] = [];
    for (const element of removed) if (this.chips.delete(element)) gone.push(element);
    for (const chip of set) {
      const before = this.chips.get(chip.element);
      if (
        before?.key === chip.key &&
        before.state === chip.state &&
        before.since === chip.since &&
        before.tag === chip.tag
      )
        continue;
      this.chips.set(chip.element, chip);
      changed.push(chip);
    }
    if (changed.length || gone.length) for (const listener of this.listeners) listener(changed, gone);
  }

  clear(): void {
    this.update([], [...this.chips.keys()]);
  }

  /** Calls `listener` after each update that changed something; returns the unsubscribe. */
  subscribe(listener: ChipsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The page's chips (one reply queue runs per page). */
export const replyChips = new ReplyChipBook();
