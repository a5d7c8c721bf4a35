/**
 * Finding every match of a user pattern (re2js) fast, with exactly re2js's leftmost-first matches.
 *
 * re2js answers "is there a match?" on its DFA, but positions need its NFA or bit-state backtracker, and the NFA
 * over a whole 20,000-character draft costs 10–30 ms per pattern. A plan read once per compiled pattern from its
 * RE2 program keeps re2js to the few places a match can be:
 * - the first set: the characters a match can start with; a position holding any other is skipped by a plain loop;
 * - the alphabet: every character a match can contain; a match lies inside one run of them, so a run shorter than
 *   the pattern's minimum length is skipped and a search never has to look past the run's end;
 * - the maximum length, when the pattern has one: re2js then searches a window of a few hundred characters (its
 *   bit-state backtracker) instead of the whole run, and only the matches that start in the window's first part
 *   are kept (their every path ends inside the window, so leftmost-first picks the same match as on the whole text).
 * Each search slice keeps one real character either side, so \b, ^ and $ see the draft's own neighbours.
 * The plan relies on re2js's program layout (pinned at 2.10.0; pattern-scan.test.ts fails if an upgrade changes it);
 * a program it does not understand is scanned the plain way.
 */
import type { RE2JS } from 're2js';

/** re2js's instruction codes (re2js/src/Inst.js). */
const ALT = 1;
const ALT_MATCH = 2;
const CAPTURE = 3;
const EMPTY_WIDTH = 4;
const FAIL = 5;
const MATCH = 6;
const NOP = 7;
const RUNE = 8;
const RUNE1 = 9;
const RUNE_ANY = 10;
const RUNE_ANY_NOT_NL = 11;
const MAX_RUNE = 0x10ffff;

interface Inst {
  op: number;
  out: number;
  arg: number;
  runes: Int32Array;
  matchRune(rune: number): boolean;
}
interface Prog {
  inst: Inst[];
  start: number;
}

/** A set of code points: a bitmap for the BMP, ranges above it. */
class CodePointSet {
  private readonly bmp = new Uint32Array(2048);
  private readonly astral: number[] = [];

  /** Ranges must come in ascending order (adjacent ones are merged). */
  add(lo: number, hi: number): void {
    const top = Math.min(hi, 0xffff);
    // Whole 32-bit words where the range covers them: [^x] is one call over 65,536 code points.
    for (let cp = lo; cp <= top;) {
      if ((cp & 31) === 0 && cp + 31 <= top) {
        this.bmp[cp >>> 5] = 0xffffffff;
        cp += 32;
      } else {
        this.bmp[cp >>> 5] |= 1 << (cp & 31);
        cp++;
      }
    }
    if (hi <= 0xffff) return;
    lo = Math.max(lo, 0x10000);
    const last = this.astral.length - 1;
    if (last > 0 && this.astral[last] + 1 >= lo) this.astral[last] = Math.max(this.astral[last], hi);
    else this.astral.push(lo, hi);
  }

  has(cp: number): boolean {
    if (cp <= 0xffff) return (this.bmp[cp >>> 5] & (1 << (cp & 31))) !== 0;
    for (let i = 0; i < this.astral.length; i += 2)
      if (cp >= this.astral[i] && cp <= this.astral[i + 1]) return true;
    return false;
  }
}

export interface ScanPlan {
  first: CodePointSet;
  alphabet: CodePointSet;
  /** Fewest UTF-16 units a match can have. */
  minLength: number;
  /** Most UTF-16 units a match can have; Infinity when it has no bound (+, *, {n,}). */
  maxLength: number;
  /** Match starts accepted per window when maxLength is finite. */
  window: number;
  programSize: number;
}

/** Why a plan cannot be made: the pattern matches empty text somewhere, or the program is not one this reads. */
export type PlanResult =
  { ok: true; plan: ScanPlan } | { ok: false; reason: 'empty-match' | 'unknown-program' };

const isRuneOp = (op: number) => op >= RUNE && op <= RUNE_ANY_NOT_NL;

/** The instructions a thread reaches from `pc` without reading a character. */
function emptyClosure(prog: Prog, pc: number): { runes: Inst[]; matches: boolean } | null {
  const runes: Inst[] = [];
  const seen = new Set<number>();
  const stack = [pc];
  let matches = false;
  while (stack.length) {
    const at = stack.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const inst = prog.inst[at];
    if (!inst) return null;
    if (inst.op === ALT || inst.op === ALT_MATCH) stack.push(inst.out, inst.arg);
    else if (inst.op === CAPTURE || inst.op === NOP || inst.op === EMPTY_WIDTH) stack.push(inst.out);
    else if (inst.op === MATCH) matches = true;
    else if (isRuneOp(inst.op)) runes.push(inst);
    else if (inst.op !== FAIL) return null; // lookbehind instructions or something newer
  }
  return { runes, matches };
}

/** Successors of an instruction in the program graph. */
function successors(inst: Inst): number[] {
  if (inst.op === ALT || inst.op === ALT_MATCH) return [inst.out, inst.arg];
  if (inst.op === MATCH || inst.op === FAIL) return [];
  return [inst.out];
}

/** UTF-16 units one rune instruction can read: 2 when it accepts a code point above the BMP. */
function unitsOf(inst: Inst): number {
  if (inst.op === RUNE_ANY || inst.op === RUNE_ANY_NOT_NL) return 2;
  return inst.runes.some((r) => r > 0xffff) ? 2 : 1;
}

/** The fewest UTF-16 units a match reads: a 0-1 breadth-first search from the start to a MATCH. */
function shortestMatch(prog: Prog): number {
  const dist = new Float64Array(prog.inst.length).fill(Infinity);
  const deque = [prog.start];
  dist[prog.start] = 0;
  while (deque.length) {
    const pc = deque.shift()!;
    const inst = prog.inst[pc];
    if (inst.op === MATCH) return dist[pc];
    const cost = isRuneOp(inst.op) ? 1 : 0;
    for (const to of successors(inst)) {
      if (dist[pc] + cost >= dist[to]) continue;
      dist[to] = dist[pc] + cost;
      if (cost) deque.push(to);
      else deque.unshift(to);
    }
  }
  return Infinity;
}

/** The most UTF-16 units a match reads: Infinity when a loop lies on a path from the start to a MATCH. */
function longestMatch(prog: Prog): number {
  const n = prog.inst.length;
  const live = new Uint8Array(n); // 1 when a MATCH is reachable from it
  const preds: number[][] = Array.from({ length: n }, () => []);
  prog.inst.forEach((inst, pc) => successors(inst).forEach((to) => preds[to]?.push(pc)));
  const queue = prog.inst.flatMap((inst, pc) => (inst.op === MATCH ? [pc] : []));
  for (const pc of queue) live[pc] = 1;
  while (queue.length) {
    for (const p of preds[queue.pop()!]) {
      if (live[p]) continue;
      queue.push(p);
      live[p] = 1;
    }
  }

  const state = new Uint8Array(n); // 0 unvisited, 1 on the stack, 2 done
  const longest = new Float64Array(n);
  // Iterative depth-first search in post-order; an edge back to an instruction on the stack is a loop.
  const stack: Array<[number, number]> = [[prog.start, 0]];
  state[prog.start] = 1;
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [pc, next] = top;
    const inst = prog.inst[pc];
    const outs = successors(inst).filter((to) => live[to]);
    if (next < outs.length) {
      top[1]++;
      const to = outs[next];
      if (state[to] === 1) return Infinity;
      if (state[to] === 0) {
        stack.push([to, 0]);
        state[to] = 1;
      }
      continue;
    }
    stack.pop();
    state[pc] = 2;
    let max = inst.op === MATCH ? 0 : -Infinity;
    for (const to of outs) max = Math.max(max, longest[to]);
    longest[pc] = max + (isRuneOp(inst.op) ? unitsOf(inst) : 0);
  }
  return longest[prog.start];
}

/** The code points a set of rune instructions accepts, by re2js's own DFA character classes. */
function codePointsOf(insts: Inst[], bounds: Int32Array): CodePointSet {
  const set = new CodePointSet();
  for (const inst of insts) {
    if (inst.op === RUNE_ANY) set.add(0, MAX_RUNE);
    else if (inst.op === RUNE_ANY_NOT_NL) {
      set.add(0, 9);
      set.add(11, MAX_RUNE);
    }
  }
  const ranged = insts.filter((inst) => inst.op === RUNE || inst.op === RUNE1);
  if (!ranged.length) return set;
  // Every code point of one class behaves alike for every instruction (that is how the DFA builds its classes,
  // case folds included), so asking about the class's first code point answers for the whole class.
  for (let k = 0; k <= bounds.length; k++) {
    const lo = k === 0 ? 0 : bounds[k - 1];
    const hi = k === bounds.length ? MAX_RUNE : bounds[k] - 1;
    if (lo > hi) continue;
    if (ranged.some((inst) => inst.matchRune(lo))) set.add(lo, hi);
  }
  return set;
}

interface Re2Internals {
  prog?: Prog;
  dfa?: { classBounds?: Int32Array };
}

/**
 * Whether the pattern can match empty text somewhere (`\b`, `x?`, `(?m)^`): a path from the start to a MATCH that
 * reads no character. Null when the program is not one this reads.
 */
export function matchesEmpty(regex: RE2JS): boolean | null {
  const prog = (regex.re2() as unknown as Re2Internals).prog;
  if (!prog || !Array.isArray(prog.inst)) return null;
  return emptyClosure(prog, prog.start)?.matches ?? null;
}

/** Reads a compiled pattern's plan from its RE2 program. */
export function planOf(regex: RE2JS, programSize: number): PlanResult {
  const re2 = regex.re2() as unknown as Re2Internals;
  const prog = re2.prog;
  const bounds = re2.dfa?.classBounds;
  if (!prog || !Array.isArray(prog.inst) || !(bounds instanceof Int32Array))
    return { ok: false, reason: 'unknown-program' };
  const start = emptyClosure(prog, prog.start);
  if (!start) return { ok: false, reason: 'unknown-program' };
  if (start.matches) return { ok: false, reason: 'empty-match' };
  const all: Inst[] = [];
  for (const inst of prog.inst) {
    if (isRuneOp(inst.op)) all.push(inst);
    else if (inst.op > RUNE_ANY_NOT_NL || inst.op < ALT) return { ok: false, reason: 'unknown-program' };
  }
  const min = shortestMatch(prog);
  const max = longestMatch(prog);
  // The bit-state backtracker takes inputs up to 262,144 / program size characters; stay inside that.
  const window = Math.max(
    64,
    Math.min(512, Math.floor(262_144 / Math.max(1, programSize)) - (Number.isFinite(max) ? max : 0) - 2),
  );
  return {
    ok: true,
    plan: {
      first: codePointsOf(start.runes, bounds),
      alphabet: codePointsOf(all, bounds),
      minLength: min,
      maxLength: max,
      window,
      programSize,
    },
  };
}

/** The code point at `i` as re2js reads it: a surrogate pair is one, a lone surrogate stands for itself. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

export interface ScanOptions {
  /** Stop after this many matches. */
  limit: number;
  /** Give up when `now()` passes this (a performance.now() time); the scan then says where it stopped. */
  deadline?: number;
  now?: () => number;
}

export interface ScanResult {
  matches: Array<[number, number]>;
  /** Where scanning stopped, over budget: the text from here on was not checked. */
  stoppedAt?: number;
}

/**
 * The most one re2js search may cost, in characters × program instructions (its NFA's worst case per search):
 * a search is never started above it, since none can be interrupted once started. 400,000 is a 20,000-character
 * run for a 20-instruction program; on the shared 2-core test machine at load 17–20, 500,000 took 24–48 ms.
 */
export const MAX_SEARCH_UNITS = 400_000;

/**
 * Below this much work (characters × instructions) a scan ignores the deadline: even re-read once per match (200
 * matches) it stays a few milliseconds, and a short draft then gets the same findings however busy the machine is.
 */
export const UNTIMED_UNITS = 10_000;

/** The deadline a scan keeps to, or none when the scan is too small to need one. */
function deadlineFor(options: ScanOptions, text: string, programSize: number): ScanOptions {
  return text.length * programSize <= UNTIMED_UNITS ? { ...options, deadline: undefined } : options;
}

/** Index of the first code point at or after `i` that is (or, with `want` false, is not) in `set`. */
function skip(text: string, i: number, set: CodePointSet, want: boolean, stop = text.length): number {
  while (i < stop) {
    const cp = codePointAt(text, i);
    if (set.has(cp) === want) return i;
    i += width(cp);
  }
  return Math.min(i, text.length);
}

/** Moves `i` off the second half of a surrogate pair, where re2js never starts a match. */
const onBoundary = (text: string, i: number) =>
  i > 0 &&
  i < text.length &&
  (text.charCodeAt(i) & 0xfc00) === 0xdc00 &&
  (text.charCodeAt(i - 1) & 0xfc00) === 0xd800
    ? i + 1
    : i;

/**
 * The matches that start in [from, acceptBefore), searched in text[from - 1, end + 1) (one real neighbour each
 * side for \b, ^ and $). Returns the end of the last one (-1 for none), or null when the budget ran out first.
 */
function searchSlice(
  regex: RE2JS,
  programSize: number,
  text: string,
  from: number,
  end: number,
  acceptBefore: number,
  out: Array<[number, number]>,
  options: ScanOptions,
): number | null {
  const sliceStart = from > 0 ? from - 1 : 0;
  const slice = text.slice(sliceStart, Math.min(text.length, end + 1));
  if (slice.length * programSize > MAX_SEARCH_UNITS) return null;
  // re2js's DFA (with its literal prefilter) answers "none here" for a fraction of what positions cost.
  if (!regex.test(slice)) return -1;
  const { limit, deadline, now = () => performance.now() } = options;
  const matcher = regex.matcher(slice);
  let lastEnd = -1;
  let found = matcher.find(from - sliceStart);
  while (found && out.length < limit) {
    const start = matcher.start() + sliceStart;
    const stop = matcher.end() + sliceStart;
    if (start >= acceptBefore || stop <= start) break;
    out.push([start, stop]);
    lastEnd = stop;
    // Each further search may cross the rest of the slice again (`a[ab]*c|a` over "aaaa…"): keep to the deadline.
    if (deadline !== undefined && now() > deadline) return null;
    found = matcher.find();
  }
  return lastEnd;
}

/** Every non-overlapping match, as re2js's own Matcher would find them, using the plan to skip what cannot match. */
export function scanWithPlan(regex: RE2JS, plan: ScanPlan, text: string, given: ScanOptions): ScanResult {
  const matches: Array<[number, number]> = [];
  const options = deadlineFor(given, text, plan.programSize);
  const { limit, deadline, now = () => performance.now() } = options;
  const n = text.length;
  let pos = 0;
  while (pos < n && matches.length < limit) {
    if (deadline !== undefined && now() > deadline) return { matches, stoppedAt: pos };
    const c = skip(text, pos, plan.first, true);
    if (c >= n) break;
    // Too short a run of alphabet characters for a match: none starts anywhere in it.
    const shortRun = skip(text, c, plan.alphabet, false, c + plan.minLength);
    if (shortRun - c < plan.minLength) {
      pos = shortRun;
      continue;
    }
    let end: number;
    let acceptBefore: number;
    if (Number.isFinite(plan.maxLength)) {
      // Matches starting before c + window end before `end`: the window decides them exactly.
      end = Math.min(n, c + plan.window + plan.maxLength);
      acceptBefore = end === n ? n : onBoundary(text, c + plan.window);
    } else {
      // No bound on the length: search whole runs of the alphabet, short ones together up to a window's length.
      end = c;
      for (;;) {
        end = skip(text, end, plan.alphabet, false);
        if (end - c >= plan.window || end >= n) break;
        end = skip(text, end, plan.alphabet, true);
      }
      acceptBefore = end;
    }
    const lastEnd = searchSlice(regex, plan.programSize, text, c, end, acceptBefore, matches, options);
    if (lastEnd === null)
      return { matches, stoppedAt: matches.length ? Math.max(c, matches[matches.length - 1][1]) : c };
    pos = Math.max(lastEnd, acceptBefore);
  }
  return { matches };
}

/** The plain way, for a program the plan cannot read: re2js's Matcher over the whole text, with the same budget. */
export function scanPlain(regex: RE2JS, text: string, options: ScanOptions): ScanResult {
  const matches: Array<[number, number]> = [];
  const lastEnd = searchSlice(
    regex,
    regex.programSize(),
    text,
    0,
    text.length,
    text.length,
    matches,
    options,
  );
  if (lastEnd === null) return { matches, stoppedAt: matches.length ? matches[matches.length - 1][1] : 0 };
  return { matches };
}
