/**
 * Aho–Corasick automaton over folded code points, stored in typed arrays: root transitions are a direct
 * table; a deeper state with one child (most of a trie of words) keeps that edge in its own record, and
 * only states with several children use an open-addressing hash keyed by (state, symbol). One pass over
 * the folded stream finds every kit term at once, whatever the kit size.
 */
export interface AutomatonMatch {
  pattern: number;
  /** Index of the last matched entry in the folded stream. */
  last: number;
}

/**
 * Bits of a state's edge word: its only child's symbol; or, with SEVERAL_CHILDREN set, a 28-bit filter of
 * its children's symbols (bit sym % 28) so most misses skip the hash probe.
 */
const SYMBOL_MASK = (1 << 29) - 1;
const SEVERAL_CHILDREN = 1 << 29;
const childFilterBit = (sym: number) => 1 << (sym % 28);
/** Some pattern ends at this state or at a state its fail chain reaches. */
const HAS_OUTPUT = 1 << 30;
/** Hash records: [state, symbol, next]. */
const HASH_STRIDE = 3;
/** Highest share of hash slots in use: probes stay short at a quarter of the memory of a half-empty table. */
const HASH_LOAD = 0.75;

const hashSlot = (state: number, sym: number, mask: number) =>
  (Math.imul(state, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)) & mask;

export class Automaton {
  /**
   * Symbol of each BMP code (0 = not in any pattern). BMP codes are numbered first and code 0 never gets a
   * symbol, so they fit 16 bits: half the table the scan looks every character up in.
   */
  private readonly alphaBmp = new Uint16Array(0x10000);
  private readonly alphaAstral = new Map<number, number>();
  private rootNext: Int32Array = new Int32Array(1);
  /**
   * Two ints per state, [edge word (SYMBOL_MASK | SEVERAL_CHILDREN | HAS_OUTPUT), only child], so the common
   * step touches one small record; the trie of a 10,000-term kit stays a few hundred kilobytes.
   */
  private edges: Int32Array = new Int32Array(2);
  private fail: Int32Array = new Int32Array(1);
  /**
   * First pattern reported at this state (-1 = none): the longest ending here, then `chainNext` walks the
   * shorter ones, those of the fail chain included. One int per state and one per pattern.
   */
  private head: Int32Array = new Int32Array(1);
  private chainNext: Int32Array = new Int32Array(1);
  /** Edges of states with several children: records of [state, symbol, next]. */
  private hash: Int32Array = new Int32Array(HASH_STRIDE);
  private hashMask = 0;
  private readonly hitBuffer = new Int32Array(2 * 512);
  readonly patternLength: Int32Array;

  constructor(patterns: ReadonlyArray<ArrayLike<number>>) {
    this.patternLength = new Int32Array(patterns.length);
    this.build(patterns);
  }

  private symbolOf(code: number): number {
    return code < 0x10000 ? this.alphaBmp[code] : (this.alphaAstral.get(code) ?? 0);
  }

  private build(patterns: ReadonlyArray<ArrayLike<number>>): void {
    let symbols = 0;
    for (const p of patterns) {
      for (let k = 0; k < p.length; k++) {
        const code = p[k];
        if (code !== 0 && code < 0x10000 && this.alphaBmp[code] === 0) this.alphaBmp[code] = ++symbols;
      }
    }
    for (const p of patterns) {
      for (let k = 0; k < p.length; k++) {
        const code = p[k];
        if (code >= 0x10000 && !this.alphaAstral.has(code)) this.alphaAstral.set(code, ++symbols);
      }
    }
    const alphabet = symbols + 1;
    // Trie, during the build only: children as linked lists in growable typed arrays (no Map, no boxed keys);
    // the root, which may have thousands of children, gets a direct table.
    let capacity = 1024;
    let childHead = new Int32Array(capacity).fill(-1);
    let childNext = new Int32Array(capacity).fill(-1);
    let childSymbol = new Int32Array(capacity);
    let first = new Int32Array(capacity).fill(-1);
    const rootChild = new Int32Array(alphabet);
    const grow = () => {
      capacity *= 2;
      const bigger = (old: Int32Array, fill: number) => {
        const next = new Int32Array(capacity).fill(fill);
        next.set(old);
        return next;
      };
      childHead = bigger(childHead, -1);
      childNext = bigger(childNext, -1);
      childSymbol = bigger(childSymbol, 0);
      first = bigger(first, -1);
    };
    /** Next pattern ending at the same state; later extended into the report chain (chainNext). */
    const same = new Int32Array(patterns.length).fill(-1);
    let states = 1;
    for (let id = 0; id < patterns.length; id++) {
      const p = patterns[id];
      this.patternLength[id] = p.length;
      if (p.length === 0) continue;
      let s = 0;
      for (let k = 0; k < p.length; k++) {
        const sym = this.symbolOf(p[k]);
        let next = -1;
        if (s === 0) next = rootChild[sym] || -1;
        else {
          for (let c = childHead[s]; c !== -1 && next === -1; c = childNext[c])
            if (childSymbol[c] === sym) next = c;
        }
        if (next === -1) {
          if (states === capacity) grow();
          next = states++;
          childNext[next] = childHead[s];
          childSymbol[next] = sym;
          childHead[s] = next;
          if (s === 0) rootChild[sym] = next;
        }
        s = next;
      }
      same[id] = first[s];
      first[s] = id;
    }

    const childCount = new Int32Array(states);
    for (let st = 0; st < states; st++)
      for (let c = childHead[st]; c !== -1; c = childNext[c]) childCount[st]++;

    this.rootNext = new Int32Array(alphabet);
    for (let c = childHead[0]; c !== -1; c = childNext[c]) this.rootNext[childSymbol[c]] = c;
    const records = new Int32Array(states * 2);
    let hashed = 0;
    for (let st = 1; st < states; st++) {
      if (childCount[st] === 1) {
        records[st * 2] = childSymbol[childHead[st]];
        records[st * 2 + 1] = childHead[st];
      } else if (childCount[st] > 1) {
        records[st * 2] = SEVERAL_CHILDREN;
        for (let c = childHead[st]; c !== -1; c = childNext[c])
          records[st * 2] |= childFilterBit(childSymbol[c]);
        hashed += childCount[st];
      }
    }
    let size = 1;
    while (size * HASH_LOAD < hashed + 1) size <<= 1;
    this.hashMask = size - 1;
    const hash = new Int32Array(size * HASH_STRIDE);
    for (let st = 1; st < states; st++) {
      if (childCount[st] < 2) continue;
      for (let c = childHead[st]; c !== -1; c = childNext[c]) {
        let h = hashSlot(st, childSymbol[c], this.hashMask);
        while (hash[h * HASH_STRIDE] !== 0) h = (h + 1) & this.hashMask;
        hash[h * HASH_STRIDE] = st;
        hash[h * HASH_STRIDE + 1] = childSymbol[c];
        hash[h * HASH_STRIDE + 2] = c;
      }
    }
    this.hash = hash;
    this.edges = records;

    // Failure links and report chains, breadth-first (a state's fail target is shallower, so done first).
    const fail = new Int32Array(states);
    const head = new Int32Array(states).fill(-1);
    const queue = new Int32Array(states);
    /** Links the patterns ending at state c to the chain of its fail target; sets head[c]. */
    const link = (c: number) => {
      const inherited = head[fail[c]];
      if (first[c] === -1) {
        head[c] = inherited;
        return;
      }
      head[c] = first[c];
      let p = first[c];
      while (same[p] !== -1) p = same[p];
      same[p] = inherited;
    };
    let qHead = 0;
    let tail = 0;
    for (let c = childHead[0]; c !== -1; c = childNext[c]) {
      link(c);
      queue[tail++] = c;
    }
    while (qHead < tail) {
      const s = queue[qHead++];
      for (let c = childHead[s]; c !== -1; c = childNext[c]) {
        const sym = childSymbol[c];
        let f = fail[s];
        let target = 0;
        for (;;) {
          const t = this.step(f, sym);
          if (t > 0) {
            target = t;
            break;
          }
          if (f === 0) break;
          f = fail[f];
        }
        fail[c] = target;
        link(c);
        queue[tail++] = c;
      }
    }
    for (let st = 1; st < states; st++) if (head[st] !== -1) records[st * 2] |= HAS_OUTPUT;
    this.fail = fail;
    this.head = head;
    this.chainNext = same;
  }

  /** The edge from `state` on `sym`, or 0. */
  private step(state: number, sym: number): number {
    if (state === 0) return this.rootNext[sym];
    const word = this.edges[state * 2];
    if ((word & SEVERAL_CHILDREN) === 0) return (word & SYMBOL_MASK) === sym ? this.edges[state * 2 + 1] : 0;
    if ((word & childFilterBit(sym)) === 0) return 0;
    const mask = this.hashMask;
    for (let h = hashSlot(state, sym, mask); ; h = (h + 1) & mask) {
      const at = h * HASH_STRIDE;
      const s = this.hash[at];
      if (s === 0) return 0;
      if (s === state && this.hash[at + 1] === sym) return this.hash[at + 2];
    }
  }

  /**
   * Reports every occurrence, in order of end position, as pairs (pattern id, index of the last matched
   * entry) in `hits[0 .. 2 * count)`. Hits are handed over in batches so the scanning loop stays small and
   * the caller's verification runs outside it; the buffer is reused, read it before returning.
   */
  scan(codes: Int32Array, length: number, onHits: (hits: Int32Array, count: number) => void): void {
    const hits = this.hitBuffer;
    const capacity = hits.length >> 1;
    let count = 0;
    const alphaBmp = this.alphaBmp;
    const rootNext = this.rootNext;
    const edges = this.edges;
    const fail = this.fail;
    const head = this.head;
    const chainNext = this.chainNext;
    const hash = this.hash;
    const mask = this.hashMask;
    const astral = this.alphaAstral.size > 0 ? this.alphaAstral : null;
    let s = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i];
      const sym = code < 0x10000 ? alphaBmp[code] : astral ? (astral.get(code) ?? 0) : 0;
      if (sym === 0) {
        s = 0;
        continue;
      }
      // Follow failure links until a state has an edge on sym (root always answers directly).
      for (;;) {
        if (s === 0) {
          s = rootNext[sym];
          break;
        }
        const word = edges[s * 2];
        if ((word & SEVERAL_CHILDREN) === 0) {
          if ((word & SYMBOL_MASK) === sym) {
            s = edges[s * 2 + 1];
            break;
          }
        } else if ((word & childFilterBit(sym)) !== 0) {
          let next = 0;
          for (let h = hashSlot(s, sym, mask); ; h = (h + 1) & mask) {
            const slot = h * HASH_STRIDE;
            const hs = hash[slot];
            if (hs === 0) break;
            if (hs === s && hash[slot + 1] === sym) {
              next = hash[slot + 2];
              break;
            }
          }
          if (next !== 0) {
            s = next;
            break;
          }
        }
        s = fail[s];
      }
      if (s === 0 || (edges[s * 2] & HAS_OUTPUT) === 0) continue;
      // Every pattern ending here, this state's and those along its fail chain, longest first.
      for (let p = head[s]; p !== -1; p = chainNext[p]) {
        hits[count * 2] = p;
        hits[count * 2 + 1] = i;
        if (++count === capacity) {
          onHits(hits, count);
          count = 0;
        }
      }
    }
    if (count > 0) onHits(hits, count);
  }
}
