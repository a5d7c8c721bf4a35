/**
 * Does a single hanzi stand as its own word (靠 in 我靠) or sit inside a longer one (可靠, 曹操)? Asks the
 * zh word segmenter about a short window around the hit, cut at sentence stops; answers are cached by the
 * window's text, so a draft full of the same words (or re-checked on every keystroke) costs one segmenter
 * call per distinct window, not one per hit.
 */
import { isSentenceStop } from './fold';

/** Characters of context either side: enough for the segmenter's dictionary words (up to four hanzi). */
const WINDOW = 6;
const CACHE_LIMIT = 4096;

interface Answer {
  window: string;
  offset: number;
  alone: boolean;
}

let segmenter: Intl.Segmenter | null | undefined;
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  }
  return segmenter;
}

const cache = new Map<number, Answer>();

/** True when the hanzi at [from, to) is a word by itself in the segmenter's reading of its sentence. */
export function standsAlone(text: string, from: number, to: number): boolean {
  const seg = zhSegmenter();
  if (!seg) return true;
  let ws = from;
  while (ws > 0 && from - ws < WINDOW && !isSentenceStop(text.charCodeAt(ws - 1))) ws--;
  let we = to;
  while (we < text.length && we - to < WINDOW && !isSentenceStop(text.charCodeAt(we))) we++;
  const offset = from - ws;
  // FNV-style hash of the window and the hit's place in it: no string is built unless the window is new.
  let h = Math.imul(offset + 1, 0x9e3779b1) ^ (we - ws);
  for (let i = ws; i < we; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const known = cache.get(h);
  if (
    known &&
    known.offset === offset &&
    known.window.length === we - ws &&
    text.startsWith(known.window, ws)
  )
    return known.alone;
  const window = text.slice(ws, we);
  // containing() asks for the one segment at the offset instead of walking every segment of the window.
  const part = seg.segment(window).containing(offset);
  const alone = !part || (part.index === offset && part.segment.length === to - from);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(h, { window, offset, alone });
  return alone;
}
