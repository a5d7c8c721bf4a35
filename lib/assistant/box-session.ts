import { signal } from '@preact/signals-react';
import type { Analysis, Checker, Finding } from '@/lib/engine';
import type { EditorStrategy, TextSelection, TextSnapshot } from '@/lib/editors/types';
import type { BoxMatch, SiteAdapter, ThreadContext } from '@/lib/sites/types';
import { CheckScheduler } from './check-scheduler';
import { PublishDetector, type PublishIntent } from './publish-detector';
import { USER_INPUT_EVENTS, deepActiveElement, hadUserInput } from './focus';
import { caretAfterReplace, carrySpan, mapSpan, textEdit, type Span } from './anchors';
import { isComposing } from '@/lib/editors/composition';

export interface CheckedDraft {
  snapshot: TextSnapshot;
  analysis: Analysis;
}

/** A finding the person chose to ignore in this draft: its rule at its span, which follows edits elsewhere. */
interface IgnoredSpan extends Span {
  ruleId: string;
}

/** The last suggestion applied, for a visible Undo: `start` + `after` is where it sits now. */
export interface AppliedFix extends Span {
  before: string;
  after: string;
}

export interface PublishEvent {
  intent: PublishIntent;
  findings: Finding[];
  overrideReason?: string;
  /** The team reviewer's approval of this exact text, when the box required review (issue 20). */
  approvalId?: string;
  templateIds: string[];
  thread: ThreadContext | null;
  /** Rules the manager fixed in this box before publishing ("findings caught"). */
  caught: Finding[];
  /** The site itself showed the published item (not only the box emptying): site health's "confirm" part. */
  confirmedBySite: boolean;
}

/**
 * One finding per draft: a term by its words, a platform rule by itself. The platform's spans change with every
 * key (the part past the length limit, the whole draft for too many hashtags): keyed by their text, typing past
 * X's limit counted a new finding per keystroke and sent the count to the worker about once a second.
 */
const shownKey = (finding: Finding): string =>
  finding.list === 'platform' ? finding.ruleId : `${finding.ruleId}@${finding.text}`;

/**
 * Everything Onbrand tracks for one compose/reply box: its editor strategy, the latest check, and the publish
 * state machine. Created on first focus; lives as long as the box is in the page.
 */
export class BoxSession {
  readonly checked = signal<CheckedDraft | null>(null);
  readonly templateIds = new Set<string>();
  /** No publish control was found for this box: its posts cannot be gated by click or recorded (the badge says so). */
  readonly noSubmitControl = signal(false);
  /** The fix the badge offers to undo; cleared when the text it put there changes or the box is published. */
  readonly lastFix = signal<AppliedFix | null>(null);
  private ignored: IgnoredSpan[] = [];
  /** The text each finding shown was found in (its offsets are in that text). */
  private readonly foundIn = new WeakMap<Finding, string>();
  /** The text the anchored spans (ignores, last fix) were last mapped to. */
  private anchoredText: string | null = null;
  /** Where the caret was when focus last left the box (into the overlay): where the person was typing. */
  private caretOnLeave: TextSelection | null = null;
  private readonly scheduler: CheckScheduler<CheckedDraft>;
  private readonly detector = new PublishDetector();
  private readonly seen = new Map<string, Finding>();
  /** Distinct findings shown in this draft so far (0 again once it is published): the popup's "caught" today. */
  readonly shownFindings = signal(0);
  private thread: ThreadContext | null = null;
  private overrideReason: string | undefined;
  private approvalId: string | undefined;
  /** The person typed, composed, pasted or dropped into this box (or inserted a template) since its last publish. */
  private userInput = false;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private readonly abort = new AbortController();
  /** The last read of a rich editor, valid until its DOM changes (form fields are read directly: cheap). */
  private cachedSnapshot: TextSnapshot | null = null;
  /** The engine's last answer, with the text and checker it was for. */
  private lastAnalysis: { text: string; checker: Checker; analysis: Analysis } | null = null;
  private readonly mutations = new MutationObserver(() => {
    this.cachedSnapshot = null;
    // Editors that apply a paste or a programmatic change without an input event (Draft.js) still get a check.
    this.scheduler.request();
  });

  constructor(
    readonly editable: HTMLElement,
    readonly root: HTMLElement,
    readonly strategy: EditorStrategy,
    readonly adapter: SiteAdapter,
    readonly box: BoxMatch,
    private checker: Checker,
    private readonly onPublish: (event: PublishEvent) => void,
    /** The comment whose reply control the person clicked last, for sites with one shared box (reply-target.ts). */
    private readonly replyingTo: () => Element | null = () => null,
  ) {
    this.scheduler = new CheckScheduler(
      () => this.runCheck(),
      (result) => this.deliver(result),
    );
    const signal = this.abort.signal;
    this.mutations.observe(root, { childList: true, characterData: true, subtree: true });
    root.addEventListener('input', (event) => this.onInput(event), { signal });
    root.addEventListener('compositionstart', (event) => this.scheduler.compositionStart(event.isTrusted), {
      signal,
    });
    // A composition whose compositionend never came must not leave the box unchecked (see browserNotComposing).
    // beforeinput too: Lexical cancels it and writes its model itself, so no `input` event may follow.
    root.addEventListener(
      'keydown',
      (event) => {
        if (event.isTrusted && !isComposing(event)) this.scheduler.browserNotComposing('key');
      },
      { capture: true, signal },
    );
    root.addEventListener(
      'beforeinput',
      (event) => {
        if (event.isTrusted && !isComposing(event)) this.scheduler.browserNotComposing('input');
      },
      { capture: true, signal },
    );
    root.addEventListener('compositionend', () => this.scheduler.compositionEnd(), { signal });
    // Trusted input only: `beforeinput` is not fired by execCommand, and a page script's dispatched events and
    // paste carry isTrusted=false; the `input` event is trusted even after a script's execCommand, so it is not used.
    const noteInput = (event: Event) => {
      if (event.isTrusted) this.userInput = true;
    };
    for (const type of USER_INPUT_EVENTS)
      root.addEventListener(type, noteInput, { capture: true, passive: true, signal });
    // The selection is still in the box while focus leaves it: remember the caret for a fix applied from a card.
    root.addEventListener('focusout', () => (this.caretOnLeave = this.strategy.getSelection(this.root)), {
      signal,
    });
    this.userInput = hadUserInput(root) || hadUserInput(editable);
    this.scheduler.request(true);
  }

  get platform() {
    return this.adapter.id;
  }

  get isComposing(): boolean {
    return this.scheduler.isComposing;
  }

  /** Whether the person put anything into this box since its last publish (a page script cannot set this). */
  get hasUserInput(): boolean {
    return this.userInput;
  }

  /** The person inserted a template or applied a suggestion: their input, as typing would be. */
  markUserInput(): void {
    this.userInput = true;
  }

  /** A submit is waiting to be confirmed as published (the box must be kept even if the site removed it). */
  get publishPending(): boolean {
    return this.detector.pending !== undefined;
  }

  /** The text changed and its check has not run yet. */
  get checkPending(): boolean {
    return this.scheduler.isPending;
  }

  setChecker(checker: Checker): void {
    this.checker = checker;
    this.scheduler.request(true);
  }

  /** Re-reads and checks now (used before a submit and after applying a suggestion). */
  checkNow(): CheckedDraft {
    const result = this.runCheck();
    this.deliver(result);
    return result;
  }

  recheck(): void {
    this.scheduler.request();
  }

  /**
   * The box's text as its editor models it. One keystroke asks several times (trigger detection, publish
   * detection, the check); a rich editor's DOM is walked once per change. `takeRecords()` catches mutations whose
   * observer callback has not run yet, so the cache is never stale.
   */
  snapshot(): TextSnapshot {
    if (this.mutations.takeRecords().length) this.cachedSnapshot = null;
    if (this.root instanceof HTMLTextAreaElement || this.root instanceof HTMLInputElement)
      return this.strategy.read(this.root);
    this.cachedSnapshot ??= this.strategy.read(this.root);
    return this.cachedSnapshot;
  }

  private onInput(event: Event): void {
    // Only a pending publish needs to know about typing right away (new typing cancels it).
    if (this.detector.pending) this.detector.onText(this.snapshot().text);
    if (event.isTrusted && !isComposing(event)) this.scheduler.browserNotComposing('input');
    this.scheduler.request();
  }

  /**
   * Ignored findings are left out here, so neither the badge, the highlights nor the gate (which checks through
   * checkNow) ever sees them.
   */
  private runCheck(): CheckedDraft {
    const snapshot = this.snapshot();
    this.followEdits(snapshot.text);
    // Draft.js re-renders the text a keystroke already changed, and that DOM change asks for a second check of the
    // same text: the engine's answer is reused (the new snapshot still goes out, for the highlights' ranges).
    const last = this.lastAnalysis;
    const analysis =
      last?.text === snapshot.text && last.checker === this.checker
        ? last.analysis
        : (this.lastAnalysis = {
            text: snapshot.text,
            checker: this.checker,
            analysis: this.checker.analyze(snapshot.text, {
              platform: this.adapter.id,
              field: this.box.field,
            }),
          }).analysis;
    for (const finding of analysis.findings) this.foundIn.set(finding, snapshot.text);
    if (this.ignored.length) {
      const isIgnored = (f: Finding) =>
        this.ignored.some((span) => span.ruleId === f.ruleId && span.start === f.start && span.end === f.end);
      return {
        snapshot,
        analysis: { ...analysis, findings: analysis.findings.filter((f) => !isIgnored(f)) },
      };
    }
    return { snapshot, analysis };
  }

  /** Moves the ignored spans and the undoable fix with the edits made since the last check. */
  private followEdits(text: string): void {
    const before = this.anchoredText;
    this.anchoredText = text;
    const fix = this.lastFix.peek();
    // Most keystrokes have no span to carry: the edit's two scans of the whole draft are skipped then.
    if (before === null || before === text || (!fix && !this.ignored.length)) return;
    const edit = textEdit(before, text);
    this.ignored = this.ignored.flatMap((span) => mapSpan(span, edit) ?? []);
    if (fix) this.lastFix.value = mapSpan(fix, edit);
  }

  /** The line the caret is on, across the box: a panel must not cover where the person is typing. */
  caretLine(): { left: number; top: number; right: number; bottom: number } | null {
    const caret = this.typingCaret();
    if (!caret || !this.root.isConnected) return null;
    const rect = this.snapshot().rectsFor(caret.end, caret.end)[0];
    if (!rect) return null;
    const box = this.root.getBoundingClientRect();
    return { left: box.left, right: box.right, top: rect.top, bottom: Math.max(rect.bottom, rect.top + 14) };
  }

  /** Where the comment being answered is on screen (replies on sites that show it), for panels to keep clear. */
  answeredRect(): { left: number; top: number; right: number; bottom: number } | null {
    const element = this.root.isConnected
      ? this.adapter.answeredElement?.(this.box, this.editable, this.replyingTo())
      : null;
    if (!element) return null;
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return right > left && bottom > top ? { left, top, right, bottom } : null;
  }

  /** Focus is in this box (the caret the person is typing at is live there). */
  hasFocus(): boolean {
    const doc = this.root.ownerDocument;
    const active = deepActiveElement(doc);
    return doc.hasFocus() && active !== null && this.root.contains(active);
  }

  /**
   * Focus back in the box with the caret where the person left it. Every panel action that returns the person to
   * the box (a fix, Undo, Ignore, Not a problem here, Escape) calls it first, inside the person's own event and
   * before any await: a key pressed right after the click then lands in the box, not on a panel button about to go.
   * When focus never left the box (a pointer press on the badge, the list or a card keeps it there) the caret is
   * the person's and stays. A refocus is not free: ProseMirror takes a collapsed caret at the document's start
   * within 200 ms of a focus for the browser's focus reset and writes its older selection back (prosemirror-view
   * DOMObserver.flush), so a Home pressed right after a refocus was lost (issue 16).
   */
  returnToCaret(): void {
    if (!this.root.isConnected || this.hasFocus()) return;
    const caret = this.caretOnLeave;
    this.root.focus({ preventScroll: true });
    if (caret) this.strategy.setSelection(this.root, caret);
  }

  /** "Ignore": this finding, at this span, in this draft; it stays ignored while the text around it changes. */
  ignore(finding: Finding): void {
    const now = this.snapshot().text;
    // The finding's offsets are in the text it was found in; the person may have typed since (inside one check
    // delay, or with the card open), so the span is carried to the text now, as the other ignored spans are.
    const foundIn = this.foundIn.get(finding) ?? now;
    this.followEdits(now);
    const span = carrySpan({ ruleId: finding.ruleId, start: finding.start, end: finding.end }, foundIn, now);
    if (span) this.ignored.push(span);
    this.checkNow();
  }

  /** The caret where the person was typing: in the box now, or where it was when focus left for the overlay. */
  private typingCaret(): TextSelection | null {
    return this.strategy.getSelection(this.root) ?? this.caretOnLeave;
  }

  /**
   * Replaces [start, end) in the editor's model and puts the caret back where the person was typing (shifted by
   * the change when it was after the span). Refuses when the text there is no longer `expected`.
   */
  private async replaceKeepingCaret(
    start: number,
    end: number,
    expected: string,
    replacement: string,
    /** The fix the badge offers to undo once the replacement is in (null: none, as after an Undo). */
    fixAfter: AppliedFix | null,
  ): Promise<boolean> {
    const current = this.snapshot().text;
    this.followEdits(current);
    if (current.slice(start, end) !== expected) {
      this.scheduler.request(true);
      return false;
    }
    const caret = this.typingCaret();
    this.markUserInput();
    const at = (offset: number) => caretAfterReplace(offset, start, end, replacement.length);
    // The strategy places the caret as soon as the text is in, before it yields: setting it after the replace
    // resolved left a textarea's caret just after the fix for a task, and a key pressed then landed there.
    const { ok } = await this.strategy.replaceWithOutcome(
      this.root,
      start,
      end,
      replacement,
      caret ? { caret: { start: at(caret.start), end: at(caret.end) } } : undefined,
    );
    this.caretOnLeave = null;
    if (ok) {
      // Anchored in the text right after the replacement, then carried through whatever the person typed while it
      // settled (a controlled field yields a task first): "so, " typed before the span used to leave the Undo
      // pointing 4 characters early, and it refused.
      this.followEdits(current.slice(0, start) + replacement + current.slice(end));
      this.lastFix.value = fixAfter;
      this.followEdits(this.snapshot().text);
    }
    this.scheduler.request(true);
    return ok;
  }

  private deliver(result: CheckedDraft): void {
    for (const finding of result.analysis.findings) this.seen.set(shownKey(finding), finding);
    this.shownFindings.value = this.seen.size;
    this.checked.value = result;
  }

  /**
   * Replaces exactly one finding's span with a suggestion in the editor's model. Refuses when the draft changed
   * under the finding since it was computed (a stale span would replace the wrong text).
   */
  async applySuggestion(finding: Finding, replacement: string): Promise<boolean> {
    return this.replaceKeepingCaret(finding.start, finding.end, finding.text, replacement, {
      start: finding.start,
      end: finding.start + replacement.length,
      before: finding.text,
      after: replacement,
    });
  }

  /** Undo of the last applied fix: the exact text it replaced goes back, the caret stays where it was. */
  async undoFix(): Promise<boolean> {
    this.followEdits(this.snapshot().text);
    const fix = this.lastFix.peek();
    if (!fix) return false;
    const ok = await this.replaceKeepingCaret(fix.start, fix.end, fix.after, fix.before, null);
    this.lastFix.value = null;
    return ok;
  }

  /**
   * The person's submit (a trusted click or key, or "Post anyway") was allowed through, possibly with an override
   * reason. The gate calls this only for a person's submit of a box they wrote in (hasUserInput), so neither a page
   * script's own submit nor text a script put in the box and the person merely sent becomes a publish record.
   */
  submitted(text: string, overrideReason?: string, approvalId?: string): void {
    this.thread = this.adapter.threadContext(this.box, this.editable, this.replyingTo());
    this.overrideReason = overrideReason;
    this.approvalId = approvalId;
    this.detector.onSubmit(text, Date.now());
    clearInterval(this.pollTimer);
    this.pollTimer = setInterval(() => this.pollPublish(), 150);
  }

  private pollPublish(): void {
    const pending = this.detector.pending;
    if (!pending) return clearInterval(this.pollTimer);
    const text = this.root.isConnected ? this.snapshot().text : null;
    const siteConfirms = this.adapter.confirmsPublish(pending.text, document);
    const outcome = this.detector.observe({ text, siteConfirms }, Date.now());
    if (outcome === 'pending') return;
    clearInterval(this.pollTimer);
    if (typeof outcome === 'object') {
      const findings = this.checker.analyze(outcome.text, {
        platform: this.adapter.id,
        field: this.box.field,
      }).findings;
      const remaining = new Set(findings.map(shownKey));
      const caught = [...this.seen.entries()].filter(([key]) => !remaining.has(key)).map(([, f]) => f);
      this.onPublish({
        intent: outcome,
        findings,
        overrideReason: this.overrideReason,
        approvalId: this.approvalId,
        templateIds: [...this.templateIds],
        thread: this.thread,
        caught,
        confirmedBySite: siteConfirms,
      });
      this.templateIds.clear();
      this.seen.clear();
      this.shownFindings.value = 0;
      this.ignored = [];
      this.lastFix.value = null;
      this.overrideReason = undefined;
      this.approvalId = undefined;
      this.userInput = false;
    }
  }

  /** Aborted when the session is disposed (its box left the page): ends whatever was started for this box. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  dispose(): void {
    this.abort.abort();
    this.mutations.disconnect();
    this.scheduler.dispose();
    clearInterval(this.pollTimer);
  }
}
