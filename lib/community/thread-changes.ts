// What changed in a page since the reply queue's last scan, from the MutationObserver's records: the scan then reads
// only the comments at, inside or around these nodes (the adapter's `commentsIn`), not the whole thread again.

const ELEMENT_NODE = 1;

/** A contenteditable box (or a node in one); attributes only, so no style or layout is computed. */
function insideEditableBox(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(element?.closest('[contenteditable]:not([contenteditable="false"])'));
}

export type Changes = { whole: true } | { whole: false; nodes: Element[]; removed: boolean };

export class ThreadChanges {
  private nodes = new Set<Element>();
  private removed = false;
  /** The first scan, and any page whose adapter cannot answer `commentsIn`, reads the whole thread. */
  private whole = true;

  /**
   * Notes what `records` changed; false when nothing a comment could be in changed: every record was inside an
   * editable box (the person typing a reply changes the box's DOM on each key on rich editors; no comment is there).
   */
  note(records: readonly MutationRecord[]): boolean {
    let noted = false;
    for (const record of records) {
      if (insideEditableBox(record.target)) continue;
      noted = true;
      const target = record.target.nodeType === ELEMENT_NODE ? (record.target as Element) : null;
      for (const node of record.addedNodes) {
        if (node.nodeType === ELEMENT_NODE) this.nodes.add(node as Element);
        else if (target) this.nodes.add(target); // text changed inside `target`
      }
      if (record.removedNodes.length) {
        this.removed = true;
        // A part taken out of a comment (no comment left the page) changes that comment's text.
        if (target)
          for (const node of record.removedNodes) if (node.nodeType !== ELEMENT_NODE) this.nodes.add(target);
      }
    }
    return noted;
  }

  /** What changed since the last call, and starts collecting anew. */
  take(): Changes {
    const changes: Changes = this.whole
      ? { whole: true }
      : { whole: false, nodes: [...this.nodes].filter((node) => node.isConnected), removed: this.removed };
    this.nodes = new Set();
    this.removed = false;
    this.whole = false;
    return changes;
  }
}

/** The ancestors of `nodes` (not the nodes themselves): a comment among them was altered, not added. */
export function ancestorsOf(nodes: readonly Element[]): Set<Element> {
  const ancestors = new Set<Element>();
  for (const node of nodes) {
    // Siblings share their ancestors: stop at the first one already walked.
    for (let up = node.parentElement; up && !ancestors.has(up); up = up.parentElement) ancestors.add(up);
  }
  return ancestors;
}
