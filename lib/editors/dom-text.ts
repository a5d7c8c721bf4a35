// Text of a rich editor's DOM as its model holds it, with a two-way mapping between UTF-16 text offsets and DOM
// boundary points. Lines are the leaf blocks (joined by '\n'); a <br> is one '\n' unless it is the last thing in
// its block (the placeholder every editor keeps in empty or newline-terminated paragraphs); '\uFEFF' filler
// (Slate zero-width, Quill cursor) is not content. The DOM is only read, never changed.

export interface TextLayoutOptions {
  /** Subtrees that are not content (placeholders, non-editable islands). */
  skip?(element: Element): boolean;
  /**
   * Draft.js and Slate render one extra '\n' after a block's text that ends in '\n' (so the browser shows the
   * empty last line); the model does not have it.
   */
  doubledTrailingNewline?: boolean;
  /** Collapse HTML whitespace where CSS does (plain contenteditable); editors using pre-wrap pass false. */
  collapseWhitespace?: boolean;
}

/** A run of characters tied to one DOM node. */
export type Segment =
  /** `keptIndices`: which characters of the node's data are in the text, in order; null when all of them are. */
  | {
      type: 'text';
      node: Text;
      start: number;
      end: number;
      line: number;
      keptIndices: number[] | null;
      data: string;
    }
  | { type: 'break'; node: HTMLBRElement; start: number; end: number; line: number }
  | { type: 'anchor'; node: Node; domOffset: number; start: number; end: number; line: number };

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface TextLayout {
  root: HTMLElement;
  text: string;
  segments: Segment[];
  /** The deepest block that holds each line (for mapping points that sit between lines). */
  lineBlocks: Element[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const FILLER = '\uFEFF';
const COLLAPSIBLE = /[ \t\n\r\f]/;

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

type Item =
  /** `kept`: null while every character of the node is kept (the usual case: no index list is built). */
  | { type: 'text'; node: Text; kept: number[] | null; data: string }
  | { type: 'break'; node: HTMLBRElement; pending: boolean };

interface OpenLine {
  items: Item[];
  /** Last kept character was collapsible whitespace (for collapse mode). */
  endsWithSpace: boolean;
  hasContent: boolean;
}

function collapsesWhitespace(element: Element | null): boolean {
  if (!element) return true;
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  const style = view.getComputedStyle(element);
  const collapse = style.getPropertyValue('white-space-collapse');
  if (collapse) return collapse === 'collapse';
  const whiteSpace = style.whiteSpace;
  return whiteSpace === '' || whiteSpace === 'normal' || whiteSpace === 'nowrap';
}

/** Builds the text and the offset map of `root`. Cost is linear in the editor's DOM. */
export function layoutText(root: HTMLElement, options: TextLayoutOptions = {}): TextLayout {
  const lines: Array<{ items: Item[]; block: Element; anchor: DomPoint }> = [];
  let open: OpenLine | null = null;
  const collapseCache = new Map<Element, boolean>();
  const blockStack: Element[] = [root];

  const openLine = (): OpenLine => (open ??= { items: [], endsWithSpace: false, hasContent: false });

  const closeLine = (block: Element) => {
    if (!open) return;
    const items = open.items.filter((item) => item.type !== 'break' || !item.pending);
    const droppedBreak = open.items.find(
      (item): item is Extract<Item, { type: 'break' }> => item.type === 'break' && item.pending,
    );
    const last = items[items.length - 1];
    if (last?.type === 'text' && keptCount(last) > 0) {
      const lastChar = last.data[last.kept ? last.kept[last.kept.length - 1] : last.data.length - 1];
      const trailingDoubled = options.doubledTrailingNewline && lastChar === '\n';
      const trailingSpace = options.collapseWhitespace && open.endsWithSpace && lastChar === ' ';
      if (trailingDoubled || trailingSpace)
        last.kept = (last.kept ?? Array.from({ length: last.data.length }, (_, index) => index)).slice(0, -1);
    }
    const firstText = items.find((item) => item.type === 'text');
    const anchor: DomPoint =
      firstText?.type === 'text'
        ? { node: firstText.node, offset: 0 }
        : droppedBreak
          ? { node: droppedBreak.node.parentNode ?? block, offset: indexInParent(droppedBreak.node) }
          : { node: block, offset: 0 };
    lines.push({ items, block, anchor });
    open = null;
  };

  const addText = (node: Text) => {
    const data = node.data;
    const parent = node.parentElement;
    let collapse = false;
    if (options.collapseWhitespace && parent) {
      let cached = collapseCache.get(parent);
      if (cached === undefined) collapseCache.set(parent, (cached = collapsesWhitespace(parent)));
      collapse = cached;
    }
    const line: OpenLine = open ?? { items: [], endsWithSpace: false, hasContent: false };
    // The usual case (pre-wrap editors, no filler characters): every character is kept as it is.
    const whole = !collapse && !data.includes(FILLER);
    const kept: number[] | null = whole ? null : [];
    if (whole && data.length > 0) {
      line.endsWithSpace = false;
      line.hasContent = true;
    }
    for (let index = 0; kept && index < data.length; index++) {
      const char = data[index];
      if (char === FILLER) continue;
      if (collapse && COLLAPSIBLE.test(char)) {
        // Leading whitespace of a line and runs of whitespace render as nothing / one space.
        if (!line.hasContent || line.endsWithSpace) continue;
        line.endsWithSpace = true;
        kept.push(index);
        continue;
      }
      line.endsWithSpace = false;
      line.hasContent = true;
      kept.push(index);
    }
    const item = { type: 'text' as const, node, kept, data };
    // Collapsed source whitespace between blocks is not a line.
    if (!open && keptCount(item) === 0 && collapse) return;
    open = line;
    if (keptCount(item) > 0) commitPendingBreak(line);
    // Zero-length nodes are kept too: they are where a caret goes in an empty line (Slate's zero-width span).
    line.items.push(item);
  };

  const commitPendingBreak = (line: OpenLine) => {
    for (const item of line.items) if (item.type === 'break') item.pending = false;
  };

  const addBreak = (node: HTMLBRElement) => {
    const line = openLine();
    commitPendingBreak(line);
    line.items.push({ type: 'break', node, pending: true });
    line.hasContent = true;
    line.endsWithSpace = false;
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (IGNORED_TAGS.has(tag) || options.skip?.(element)) continue;
      if (tag === 'BR') {
        addBreak(element as HTMLBRElement);
        continue;
      }
      if (isBlockElement(element)) {
        closeLine(blockStack[blockStack.length - 1]);
        const linesBefore = lines.length;
        blockStack.push(element);
        walk(element);
        closeLine(element);
        blockStack.pop();
        // An empty block is still a line of the model.
        if (lines.length === linesBefore)
          lines.push({ items: [], block: element, anchor: { node: element, offset: 0 } });
        continue;
      }
      walk(element);
    }
  };

  walk(root);
  closeLine(root);

  const segments: Segment[] = [];
  const lineBlocks: Element[] = [];
  let text = '';
  lines.forEach((line, lineIndex) => {
    if (lineIndex > 0) text += '\n';
    lineBlocks.push(line.block);
    const lineStart = text.length;
    for (const item of line.items) {
      const start = text.length;
      if (item.type === 'break') {
        text += '\n';
        segments.push({ type: 'break', node: item.node, start, end: start + 1, line: lineIndex });
      } else {
        if (!item.kept) text += item.data;
        else for (const index of item.kept) text += item.data[index];
        segments.push({
          type: 'text',
          node: item.node,
          start,
          end: text.length,
          line: lineIndex,
          keptIndices: item.kept,
          data: item.data,
        });
      }
    }
    if (text.length === lineStart && !line.items.some((item) => item.type === 'text')) {
      segments.push({
        type: 'anchor',
        node: line.anchor.node,
        domOffset: line.anchor.offset,
        start: lineStart,
        end: lineStart,
        line: lineIndex,
      });
    }
  });
  return { root, text, segments, lineBlocks };
}

export function indexInParent(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index++;
  return index;
}

const keptCount = (item: { kept: number[] | null; data: string }) =>
  item.kept ? item.kept.length : item.data.length;

function textDomOffset(segment: Extract<Segment, { type: 'text' }>, within: number): number {
  const kept = segment.keptIndices;
  if (!kept) return Math.max(0, Math.min(within, segment.data.length));
  if (within < kept.length) return kept[Math.max(0, within)];
  return kept.length > 0 ? kept[kept.length - 1] + 1 : 0;
}

/** First segment index whose end is >= offset (segments are sorted by start and end). */
function lowerBound(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (segments[middle].end < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The DOM point for a text offset. `forward` prefers the segment that starts at `offset` (range starts),
 * `backward` the one that ends there (range ends, carets after typed text).
 */
export function domPointAt(layout: TextLayout, offset: number, bias: 'forward' | 'backward'): DomPoint {
  const { segments } = layout;
  const clamped = Math.max(0, Math.min(offset, layout.text.length));
  const candidates: Segment[] = [];
  for (
    let index = lowerBound(segments, clamped);
    index < segments.length && segments[index].start <= clamped;
    index++
  ) {
    candidates.push(segments[index]);
  }
  if (candidates.length === 0)
    return { node: layout.root, offset: clamped === 0 ? 0 : layout.root.childNodes.length };
  const pick =
    bias === 'backward'
      ? (candidates.find((segment) => segment.type === 'text' && segment.start < clamped) ??
        candidates.find((segment) => segment.start < clamped) ??
        candidates[0])
      : (candidates.find((segment) => segment.type === 'text' && clamped < segment.end) ??
        candidates.find((segment) => clamped < segment.end) ??
        candidates.find((segment) => segment.type === 'text') ??
        candidates[candidates.length - 1]);
  switch (pick.type) {
    case 'text':
      return { node: pick.node, offset: textDomOffset(pick, clamped - pick.start) };
    case 'anchor':
      return { node: pick.node, offset: pick.domOffset };
    case 'break': {
      const parent = pick.node.parentNode ?? layout.root;
      const index = indexInParent(pick.node);
      return { node: parent, offset: clamped <= pick.start ? index : index + 1 };
    }
  }
}

function segmentStartPoint(segment: Segment): DomPoint {
  if (segment.type === 'text') return { node: segment.node, offset: 0 };
  if (segment.type === 'anchor') return { node: segment.node, offset: segment.domOffset };
  return { node: segment.node.parentNode ?? segment.node, offset: indexInParent(segment.node) };
}

/** The text offset of a DOM point inside (or at the edge of) the editor. */
export function textOffsetAt(layout: TextLayout, point: DomPoint): number {
  const { segments } = layout;
  if (segments.length === 0) return 0;
  const direct = segments.find((segment) => segment.type === 'text' && segment.node === point.node);
  if (direct?.type === 'text') {
    const kept = direct.keptIndices;
    if (!kept) return direct.start + Math.max(0, Math.min(point.offset, direct.data.length));
    let count = 0;
    while (count < kept.length && kept[count] < point.offset) count++;
    return direct.start + count;
  }
  const probe = layout.root.ownerDocument.createRange();
  try {
    probe.setStart(point.node, point.offset);
  } catch {
    return 0;
  }
  // Last segment that starts at or before the point.
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = segmentStartPoint(segments[middle]);
    let order: number;
    try {
      order = probe.comparePoint(start.node, start.offset);
    } catch {
      return 0;
    }
    if (order <= 0) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found === -1) return 0;
  const segment = segments[found];
  if (segment.type === 'break') {
    const after = segmentStartPoint(segment);
    return probe.comparePoint(after.node, after.offset) === 0 ? segment.start : segment.end;
  }
  const next = segments[found + 1];
  // A point between two lines belongs to the next line when it sits inside that line's block.
  if (
    next &&
    next.line !== segment.line &&
    layout.lineBlocks[next.line]?.contains(point.node) &&
    !layout.lineBlocks[segment.line]?.contains(point.node)
  ) {
    return next.start;
  }
  return segment.end;
}

/** True while every node the layout points at is still in the editor with the same text. */
export function layoutIsCurrent(layout: TextLayout): boolean {
  return layout.segments.every(
    (segment) =>
      segment.node.isConnected &&
      layout.root.contains(segment.node) &&
      (segment.type !== 'text' || segment.node.data === segment.data),
  );
}

export function rangeForOffsets(layout: TextLayout, start: number, end: number): Range | null {
  if (!layoutIsCurrent(layout)) return null;
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  const range = layout.root.ownerDocument.createRange();
  const startPoint = domPointAt(layout, from, from === to ? 'backward' : 'forward');
  const endPoint = from === to ? startPoint : domPointAt(layout, to, 'backward');
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  return range;
}

/** Screen boxes of the characters in [start, end), text nodes only (line breaks have no box). */
export function rectsForOffsets(layout: TextLayout, start: number, end: number): DOMRect[] {
  if (!layoutIsCurrent(layout)) return [];
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  const document = layout.root.ownerDocument;
  if (from === to) {
    const caret = rangeForOffsets(layout, from, to);
    const rects = caret ? Array.from(caret.getClientRects()) : [];
    if (rects.length > 0) return rects.slice(0, 1);
    const point = domPointAt(layout, from, 'backward');
    const element =
      point.node.nodeType === 1
        ? (point.node.childNodes[point.offset] ?? point.node)
        : point.node.parentElement;
    const box = element instanceof Element ? element.getBoundingClientRect() : null;
    return box ? [new DOMRect(box.left, box.top, 0, box.height)] : [];
  }
  const rects: DOMRect[] = [];
  for (let index = lowerBound(layout.segments, from); index < layout.segments.length; index++) {
    const segment = layout.segments[index];
    if (segment.start >= to) break;
    if (segment.type !== 'text' || segment.end <= from) continue;
    const range = document.createRange();
    range.setStart(segment.node, textDomOffset(segment, Math.max(from, segment.start) - segment.start));
    range.setEnd(segment.node, textDomOffset(segment, Math.min(to, segment.end) - segment.start));
    for (const rect of Array.from(range.getClientRects()))
      if (rect.width > 0 || rect.height > 0) rects.push(rect);
  }
  return rects;
}
