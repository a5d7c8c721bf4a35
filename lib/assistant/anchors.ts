// Spans that follow the text they mark while the person edits elsewhere in the draft (ignored findings, the last
// applied fix). Between two checks the draft changed in one region at most as far as we can tell: the common
// prefix and suffix of the two texts bound it. A span wholly before that region stays, one wholly after it
// shifts by the change, and one the change touched is lost (its text is no longer what was marked).

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit {
  /** First changed offset in both texts. */
  start: number;
  /** End of the changed region in the old text, and in the new one. */
  oldEnd: number;
  newEnd: number;
}

/** The one region that differs between `before` and `after` (null when they are equal). */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < shorter - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** Where `span` is after `edit`, or null when the edit touched it. */
export function mapSpan<S extends Span>(span: S, edit: TextEdit | null): S | null {
  if (!edit) return span;
  if (span.end <= edit.start) return span;
  if (span.start >= edit.oldEnd) {
    const shift = edit.newEnd - edit.oldEnd;
    return { ...span, start: span.start + shift, end: span.end + shift };
  }
  return null;
}

/**
 * A span found in `from` (the text last checked), carried to `to` (the text now). A finding acted on between
 * two edits inside one check delay was found in an older text than the box holds: its offsets must follow.
 */
export function carrySpan<S extends Span>(span: S, from: string, to: string): S | null {
  return mapSpan(span, textEdit(from, to));
}

/**
 * Where a caret goes when [start, end) is replaced by `insertedLength` characters: unchanged before the span,
 * shifted by the change after it, at the end of the new text when it was inside.
 */
export function caretAfterReplace(caret: number, start: number, end: number, insertedLength: number): number {
  if (caret <= start) return caret;
  if (caret >= end) return caret + insertedLength - (end - start);
  return start + insertedLength;
}
