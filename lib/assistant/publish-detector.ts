/**
 * Turns what happens to one compose box into "this was published", exactly once (guide: patterns.md).
 *
 *   idle ─text─▶ armed ─submit pressed─▶ intent ─site confirms / box empties─▶ published
 *                                          └─ timeout with text unchanged / error / new typing ─▶ armed
 *
 * The text is snapshotted at intent because the site clears the box when it publishes.
 */
import { fnv1a } from '@/lib/fnv1a';

export type PublishState = 'idle' | 'armed' | 'intent';

export interface PublishIntent {
  text: string;
  hash: string;
  at: number;
}

export interface BoxObservation {
  /** The box's current text ('' when cleared), or null when the box left the page (dialog closed). */
  text: string | null;
  /** The site shows the published item with the snapshotted text. */
  siteConfirms: boolean;
  /** The site shows an error toast for the submit. */
  siteError?: boolean;
}

/** FNV-1a over UTF-16 units: a cheap, stable key for de-duplicating the same publish. */
export function textHash(text: string): string {
  return fnv1a(text).toString(36);
}

export class PublishDetector {
  state: PublishState = 'idle';
  private intent: PublishIntent | undefined;
  private readonly recent = new Map<string, number>();

  constructor(
    private readonly timeoutMs = 10_000,
    private readonly dedupeMs = 5_000,
  ) {}

  /** The user typed: (re)arm, or cancel a pending intent when the draft is being edited again. */
  onText(text: string): void {
    if (this.state === 'intent' && this.intent && text.trim() !== '' && text !== this.intent.text) {
      this.intent = undefined;
    }
    if (this.state !== 'intent' || !this.intent) this.state = text.trim() === '' ? 'idle' : 'armed';
  }

  /** The site's submit control was pressed (or its keyboard submit) with this text in the box. */
  onSubmit(text: string, now: number): void {
    if (text.trim() === '') return;
    this.state = 'intent';
    this.intent = { text, hash: textHash(text), at: now };
  }

  get pending(): PublishIntent | undefined {
    return this.state === 'intent' ? this.intent : undefined;
  }

  /**
   * Called while an intent is pending. Returns the publish once when confirmed (by the site, or probably: the
   * box emptied or went away), 'pending' while waiting, or 'cancelled'.
   */
  observe(observation: BoxObservation, now: number): PublishIntent | 'pending' | 'cancelled' | 'idle' {
    const intent = this.pending;
    if (!intent) return 'idle';
    if (observation.siteError) return this.cancel(observation.text);
    const cleared = observation.text === null || observation.text.trim() === '';
    if (observation.siteConfirms || cleared) {
      this.state = observation.text && observation.text.trim() ? 'armed' : 'idle';
      this.intent = undefined;
      const key = intent.hash;
      const seen = this.recent.get(key);
      if (seen !== undefined && intent.at - seen < this.dedupeMs) return 'cancelled';
      this.recent.set(key, intent.at);
      return intent;
    }
    if (now - intent.at > this.timeoutMs) return this.cancel(observation.text);
    return 'pending';
  }

  private cancel(text: string | null): 'cancelled' {
    this.intent = undefined;
    this.state = text && text.trim() ? 'armed' : 'idle';
    return 'cancelled';
  }
}
