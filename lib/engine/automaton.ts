/**
 * Aho–Corasick automaton over folded code points, stored in typed arrays: root transitions are a direct
 * table, deeper ones an open-addressing hash keyed by (state, symbol). One pass over the folded stream
 * finds every kit term at once, whatever the kit size.
 */
export interface AutomatonMatch {
  pattern: number;
  /** Index of the last matched entry in the folded stream. */
  last: number;
}

export class Automaton {
  private readonly alphaBmp = new Int32Array(0x10000);
  private readonly alphaAstral = new Map<number, number>();
  private rootNext: Int32Array = new Int32Array(1);
  private hashState: Int32Array = new Int32Array(1);
  private hashSymbol: Int32Array = new Int32Array(1);
  private hashNext: Int32Array = new Int32Array(1);
  private hashMask = 0;
  private fail: Int32Array = new Int32Array(1);
  private firstPattern: Int32Array = new Int32Array(1);
  private outLink: Int32Array = new Int32Array(1);
  private samePatternNext: Int32Array = new Int32Array(1);
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
        if (code === 0) continue;
        if (code < 0x10000) {
          if (this.alphaBmp[code] === 0) this.alphaBmp[code] = ++symbols;
        } else if (!this.alphaAstral.has(code)) this.alphaAstral.set(code, ++symbols);
      }
    }
    const alphabet = symbols + 1;
    // Trie: edges in a Map keyed by state * alphabet + symbol during the build only.
    const edges = new Map<number, number>();
    const childHead: number[] = [-1];
    const childNext: number[] = [-1];
    const childSymbol: number[] = [0];
    const first: number[] = [-1];
    const same = new Int32Array(patterns.length).fill(-1);
    let states = 1;
    patterns.forEach((p, id) => {
      this.patternLength[id] = p.length;
      if (p.length === 0) return;
      let s = 0;
      for (let k = 0; k < p.length; k++) {
        const sym = this.symbolOf(p[k]);
        const key = s * alphabet + sym;
        let next = edges.get(key);
        if (next === undefined) {
          next = states++;
          edges.set(key, next);
          childHead.push(-1);
          childNext.push(childHead[s]);
          childSymbol.push(sym);
          childHead[s] = next;
          first.push(-1);
        }
        s = next;
      }
      same[id] = first[s];
      first[s] = id;
    });

    this.rootNext = new Int32Array(alphabet);
    let size = 1;
    while (size < edges.size * 2 + 2) size <<= 1;
    this.hashMask = size - 1;
    this.hashState = new Int32Array(size);
    this.hashSymbol = new Int32Array(size);
    this.hashNext = new Int32Array(size);
    for (const [key, next] of edges) {
      const state = Math.floor(key / alphabet);
      const sym = key - state * alphabet;
      if (state === 0) {
        this.rootNext[sym] = next;
        continue;
      }
      let h = (Math.imul(state, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)) & this.hashMask;
      while (this.hashState[h] !== 0) h = (h + 1) & this.hashMask;
      this.hashState[h] = state;
      this.hashSymbol[h] = sym;
      this.hashNext[h] = next;
    }

    // Failure and output links, breadth-first.
    const fail = new Int32Array(states);
    const outLink = new Int32Array(states).fill(-1);
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    for (let c = childHead[0]; c !== -1; c = childNext[c]) queue[tail++] = c;
    while (head < tail) {
      const s = queue[head++];
      for (let c = childHead[s]; c !== -1; c = childNext[c]) {
        const sym = childSymbol[c];
        let f = fail[s];
        let target = 0;
        for (;;) {
          const t = f === 0 ? this.rootNext[sym] : this.get(f, sym);
          if (t > 0) {
            target = t;
            break;
          }
          if (f === 0) break;
          f = fail[f];
        }
        fail[c] = target;
        outLink[c] = first[target] !== -1 ? target : outLink[target];
        queue[tail++] = c;
      }
    }
    this.fail = fail;
    this.outLink = outLink;
    this.firstPattern = Int32Array.from(first);
    this.samePatternNext = same;
  }

  private get(state: number, sym: number): number {
    const mask = this.hashMask;
    let h = (Math.imul(state, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)) & mask;
    for (;;) {
      const s = this.hashState[h];
      if (s === 0) return 0;
      if (s === state && this.hashSymbol[h] === sym) return this.hashNext[h];
      h = (h + 1) & mask;
    }
  }

  /** Calls `onMatch(patternId, lastIndex)` for every occurrence, in order of end position. */
  scan(codes: Int32Array, length: number, onMatch: (pattern: number, last: number) => void): void {
    const alphaBmp = this.alphaBmp;
    const rootNext = this.rootNext;
    const fail = this.fail;
    const first = this.firstPattern;
    const outLink = this.outLink;
    const same = this.samePatternNext;
    const hashState = this.hashState;
    const hashSymbol = this.hashSymbol;
    const hashNext = this.hashNext;
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
      while (s !== 0) {
        let h = (Math.imul(s, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)) & mask;
        let next = 0;
        for (;;) {
          const hs = hashState[h];
          if (hs === 0) break;
          if (hs === s && hashSymbol[h] === sym) {
            next = hashNext[h];
            break;
          }
          h = (h + 1) & mask;
        }
        if (next !== 0) {
          s = next;
          break;
        }
        s = fail[s];
      }
      if (s === 0) {
        s = rootNext[sym];
        if (s === 0) continue;
      }
      let o = first[s] !== -1 ? s : outLink[s];
      while (o > 0) {
        for (let p = first[o]; p !== -1; p = same[p]) onMatch(p, i);
        o = outLink[o];
      }
    }
  }
}
