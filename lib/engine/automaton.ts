/**
 * Aho–Corasick automaton over folded code points, stored as a double array in typed arrays: the edge from
 * state s on symbol c is slot base[s] + c when check[that slot] === s, so every step is two loads and one
 * compare, with no hashing and no per-state child lists. One pass over the folded stream finds every kit
 * term at once, whatever the kit size.
 */
export interface AutomatonMatch {
  pattern: number;
  /** Index of the last matched entry in the folded stream. */
  last: number;
}

/** check[] of a slot no state owns. */
const FREE = -1;
/** Candidate slots tried for a branching state before it is placed past every used slot (bounds the build). */
const MAX_TRIES = 32;

/** A built automaton's arrays: `symbols[k]` is the code of symbol k + 1. */
export interface AutomatonArrays {
  symbols: Int32Array;
  base: Int32Array;
  check: Int32Array;
  fail: Int32Array;
  head: Int32Array;
  chainNext: Int32Array;
  patternLength: Int32Array;
}

export class Automaton {
  /**
   * Symbol of each BMP code (0 = not in any pattern). BMP codes are numbered first and code 0 never gets a
   * symbol, so they fit 16 bits: half the table the scan looks every character up in.
   */
  private readonly alphaBmp = new Uint16Array(0x10000);
  private readonly alphaAstral = new Map<number, number>();
  /** Double array: a state's children sit at base[state] + symbol, each owned (check) by its parent. */
  private base: Int32Array = new Int32Array(1);
  private check: Int32Array = new Int32Array(1);
  private fail: Int32Array = new Int32Array(1);
  /**
   * First pattern reported at this state (-1 = none): the longest ending here, then `chainNext` walks the
   * shorter ones, those of the fail chain included. One int per slot and one per pattern.
   */
  private head: Int32Array = new Int32Array(1);
  private chainNext: Int32Array = new Int32Array(1);
  private readonly hitBuffer = new Int32Array(2 * 512);
  readonly patternLength: Int32Array;

  /** Builds from the patterns, or takes the arrays of one built before (`arrays()`, lib/engine/compiled-form.ts). */
  constructor(patterns: ReadonlyArray<ArrayLike<number>> | AutomatonArrays) {
    if ('base' in patterns) {
      patterns.symbols.forEach((code, k) => {
        if (code < 0x10000) this.alphaBmp[code] = k + 1;
        else this.alphaAstral.set(code, k + 1);
      });
      ({ base: this.base, check: this.check, fail: this.fail, head: this.head } = patterns);
      this.chainNext = patterns.chainNext;
      this.patternLength = patterns.patternLength;
      return;
    }
    this.patternLength = new Int32Array(patterns.length);
    this.build(patterns);
  }

  /** Everything a scan reads, for a copy that skips the build; the symbols as codes, in symbol order. */
  arrays(): AutomatonArrays {
    const symbols: number[] = [];
    this.alphaBmp.forEach((symbol, code) => {
      if (symbol !== 0) symbols[symbol - 1] = code;
    });
    for (const [code, symbol] of this.alphaAstral) symbols[symbol - 1] = code;
    const { base, check, fail, head, chainNext, patternLength } = this;
    return { symbols: Int32Array.from(symbols), base, check, fail, head, chainNext, patternLength };
  }

  private build(patterns: ReadonlyArray<ArrayLike<number>>): void {
    // Symbols by how often they occur in the patterns, most frequent first: the letters of a Latin or pinyin
    // term get small numbers, so a branching state's children lie close together in the double array.
    // Counted in a typed array by code, not a Map: the build runs cold, once per page, when the assistant starts.
    const bmpCount = new Int32Array(0x10000);
    const astralCount = new Map<number, number>();
    const codes: number[] = [];
    let total = 1;
    for (let id = 0; id < patterns.length; id++) {
      const p = patterns[id];
      total += p.length;
      for (let k = 0; k < p.length; k++) {
        const code = p[k];
        if (code === 0) continue;
        if (code < 0x10000) {
          if (bmpCount[code]++ === 0) codes.push(code);
        } else {
          const seen = astralCount.get(code) ?? 0;
          if (seen === 0) codes.push(code);
          astralCount.set(code, seen + 1);
        }
      }
    }
    const count = (code: number) => (code < 0x10000 ? bmpCount[code] : astralCount.get(code)!);
    // BMP codes first (they must fit the 16-bit table), each group by frequency, ties by code.
    codes.sort((a, b) => Number(a >= 0x10000) - Number(b >= 0x10000) || count(b) - count(a) || a - b);
    const alphaBmp = this.alphaBmp;
    let symbols = 0;
    for (let k = 0; k < codes.length; k++) {
      const code = codes[k];
      if (code < 0x10000) alphaBmp[code] = ++symbols;
      else this.alphaAstral.set(code, ++symbols);
    }
    const alphabet = symbols + 1;
    // Trie, during the build only: children as linked lists in growable typed arrays (no Map, no boxed keys);
    // the root, which may have thousands of children, gets a direct table.
    // Sized for the worst case, every code a new state (states ≤ 1 + the patterns' lengths = total), so the trie
    // never grows: copying it was garbage.
    const capacity = Math.max(1024, total);
    const childHead = new Int32Array(capacity).fill(-1);
    const childNext = new Int32Array(capacity).fill(-1);
    const childSymbol = new Int32Array(capacity);
    const first = new Int32Array(capacity).fill(-1);
    const rootChild = new Int32Array(alphabet);
    /** Next pattern ending at the same state; later extended into the report chain (chainNext). */
    const same = new Int32Array(patterns.length).fill(-1);
    let states = 1;
    for (let id = 0; id < patterns.length; id++) {
      const p = patterns[id];
      this.patternLength[id] = p.length;
      if (p.length === 0) continue;
      let s = 0;
      for (let k = 0; k < p.length; k++) {
        const code = p[k];
        const sym = code < 0x10000 ? alphaBmp[code] : (this.alphaAstral.get(code) ?? 0);
        let next = -1;
        if (s === 0) next = rootChild[sym] || -1;
        else {
          for (let c = childHead[s]; c !== -1 && next === -1; c = childNext[c])
            if (childSymbol[c] === sym) next = c;
        }
        if (next === -1) {
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

    // Double array. Free slots form a doubly linked list in index order; the root owns slots 1..alphabet-1
    // (those no term starts with stay unused), so every later slot index exceeds every symbol.
    let size = Math.max(1024, alphabet * 2, states + alphabet);
    let base = new Int32Array(size);
    let check = new Int32Array(size).fill(FREE);
    let nextFree = new Int32Array(size);
    let prevFree = new Int32Array(size);
    for (let k = alphabet; k < size; k++) {
      nextFree[k] = k + 1 < size ? k + 1 : -1;
      prevFree[k] = k - 1 >= alphabet ? k - 1 : -1;
    }
    let freeHead = alphabet < size ? alphabet : -1;
    let freeTail = size - 1;
    /** One past the highest slot in use: everything from here on is free. */
    let highWater = alphabet;
    /** Where the search for the next widely branching state starts (see below). */
    let wideFrom = alphabet;
    const growTo = (needed: number) => {
      if (needed <= size) return;
      let bigger = size;
      while (bigger < needed) bigger *= 2;
      const widen = (old: Int32Array, fill: number) => {
        const next = new Int32Array(bigger);
        if (fill !== 0) next.fill(fill);
        next.set(old);
        return next;
      };
      base = widen(base, 0);
      check = widen(check, FREE);
      nextFree = widen(nextFree, 0);
      prevFree = widen(prevFree, 0);
      for (let k = size; k < bigger; k++) {
        nextFree[k] = k + 1 < bigger ? k + 1 : -1;
        prevFree[k] = k - 1;
      }
      prevFree[size] = freeTail;
      if (freeTail === -1) freeHead = size;
      else nextFree[freeTail] = size;
      freeTail = bigger - 1;
      size = bigger;
    };

    /** Slot of each trie state. */
    const slotOf = new Int32Array(states);
    const queue = new Int32Array(states);
    let qHead = 0;
    let tail = 0;
    // Root: slot 0, base 0.
    check[0] = 0;
    for (let c = childHead[0]; c !== -1; c = childNext[c]) {
      slotOf[c] = childSymbol[c];
      check[childSymbol[c]] = 0;
      queue[tail++] = c;
    }
    // A state's children (trie ids) and their symbols, in scratch arrays: this loop runs once per page, cold,
    // when the assistant is injected, so it avoids array growth, iterators and a call per child.
    const kidState = new Int32Array(alphabet);
    const kidSymbol = new Int32Array(alphabet);
    while (qHead < tail) {
      const st = queue[qHead++];
      if (childHead[st] === -1) continue;
      let kids = 0;
      let low = alphabet;
      let high = 0;
      for (let c = childHead[st]; c !== -1; c = childNext[c]) {
        const sym = childSymbol[c];
        kidState[kids] = c;
        kidSymbol[kids++] = sym;
        if (sym < low) low = sym;
        if (sym > high) high = sym;
      }
      // First free slot p (taken by the lowest symbol) where every child's slot is free too.
      let b = -1;
      let tries = 0;
      for (let p = freeHead; p !== -1 && tries < MAX_TRIES; p = nextFree[p], tries++) {
        const candidate = p - low;
        let fits = true;
        for (let k = 0; k < kids && fits; k++) {
          const slot = candidate + kidSymbol[k];
          fits = slot >= size || check[slot] === FREE;
        }
        if (fits) {
          b = candidate;
          break;
        }
        if (kids === 1) break;
      }
      if (b < 0) {
        // A state whose children are many or far apart (a syllable followed by dozens of hanzi): try every
        // base from where the last such state went, so they interleave instead of each opening a sparse block.
        b = Math.max(wideFrom, alphabet) - low;
        for (;;) {
          let fits = true;
          for (let k = 0; k < kids && fits; k++) {
            const slot = b + kidSymbol[k];
            fits = slot >= size || check[slot] === FREE;
          }
          if (fits) break;
          b++;
        }
        wideFrom = b + low + 1;
      }
      growTo(b + high + 1);
      const owner = slotOf[st];
      base[owner] = b;
      for (let k = 0; k < kids; k++) {
        const slot = b + kidSymbol[k];
        // Take the slot out of the free list.
        check[slot] = owner;
        const prev = prevFree[slot];
        const next = nextFree[slot];
        if (prev === -1) freeHead = next;
        else nextFree[prev] = next;
        if (next === -1) freeTail = prev;
        else prevFree[next] = prev;
        if (slot >= highWater) highWater = slot + 1;
        slotOf[kidState[k]] = slot;
        queue[tail++] = kidState[k];
      }
    }
    // Every base + symbol the scan can form must be inside the arrays.
    let maxBase = 0;
    for (let k = 0; k < size; k++) if (check[k] !== FREE && base[k] > maxBase) maxBase = base[k];
    const finalSize = Math.max(highWater, maxBase + alphabet);
    this.base = base.slice(0, finalSize);
    this.check = check.slice(0, finalSize);
    if (finalSize > size) {
      const b2 = new Int32Array(finalSize);
      b2.set(base);
      const c2 = new Int32Array(finalSize).fill(FREE);
      c2.set(check);
      this.base = b2;
      this.check = c2;
    }

    // Failure links and report chains, breadth-first over trie states (a state's fail target is shallower).
    const fail = new Int32Array(finalSize);
    const head = new Int32Array(finalSize).fill(-1);
    const baseArr = this.base;
    const checkArr = this.check;
    // Steps and chain links written out in the loop: like the placement above, it runs cold, once per page.
    for (let k = 0; k < tail; k++) {
      const c = queue[k];
      const sc = slotOf[c];
      // Parent's slot is check[sc]; the root's children fail to the root.
      const parent = checkArr[sc];
      if (parent !== 0) {
        const sym = childSymbol[c];
        let f = fail[parent];
        let target = 0;
        for (;;) {
          const t = baseArr[f] + sym;
          if (t !== 0 && checkArr[t] === f) {
            target = t;
            break;
          }
          if (f === 0) break;
          f = fail[f];
        }
        fail[sc] = target;
      }
      // The patterns ending at trie state c join the chain of its fail target.
      const inherited = head[fail[sc]];
      const own = first[c];
      if (own === -1) {
        head[sc] = inherited;
        continue;
      }
      head[sc] = own;
      let p = own;
      while (same[p] !== -1) p = same[p];
      same[p] = inherited;
    }
    this.fail = fail;
    this.head = head;
    this.chainNext = same;
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
    const base = this.base;
    const check = this.check;
    const fail = this.fail;
    const head = this.head;
    const chainNext = this.chainNext;
    const astral = this.alphaAstral.size > 0 ? this.alphaAstral : null;
    let s = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i];
      const sym = code < 0x10000 ? alphaBmp[code] : astral ? (astral.get(code) ?? 0) : 0;
      if (sym === 0) {
        s = 0;
        continue;
      }
      // Follow failure links until a state has an edge on sym; the root keeps 0 when none starts with it.
      for (;;) {
        const t = base[s] + sym;
        if (check[t] === s) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = fail[s];
      }
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
