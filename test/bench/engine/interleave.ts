/**
 * Interleaved timing for `npm run bench`: the engine and each competitor get the same warm-up, then run in rounds;
 * a round alternates a few batches of one competitor with as many of the engine on the same input, milliseconds
 * apart, and keeps each side's fastest batch (preemption by other programs only ever adds time). Batches are timed
 * in wall clock (`performance.now`): the latency a person waits for. Process CPU time is not used: it bills V8's
 * concurrent GC and compiler threads too (a first attempt measured compile 67 ms in CPU time against 27.7 ms wall
 * clock on the same code). A verdict rests on the median over rounds of the per-round ratio (competitor ÷ engine),
 * printed with its interquartile range.
 */

export interface Contestant {
  name: string;
  fn: () => unknown;
}

export interface Timing {
  /** Median over rounds of the wall-clock time of one call, in ms. */
  median: number;
  /** Time of one call per round (its fastest batch of the round), in ms. */
  perBatch: number[];
  /** For a competitor: its time ÷ the engine's in the same round, one per round. */
  ratios: number[];
}

export interface Ratio {
  median: number;
  /** 25th and 75th percentile of the per-round ratios. */
  low: number;
  high: number;
  rounds: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Wall-clock time of one call, averaged over a batch of `calls`. */
function batch(fn: () => unknown, calls: number): number {
  const start = performance.now();
  for (let i = 0; i < calls; i++) fn();
  return (performance.now() - start) / calls;
}

/**
 * Times `contestants` interleaved; the first is the reference (the engine). Each other contestant in turn runs its
 * rounds: `repeats` batches of its own alternating with as many of the reference, until `budgetMs` have passed for that
 * contestant (between `minRounds` and `maxRounds`), so a slow competitor (obscenity) does not cut the rounds of a
 * close one. `batchMs`: time aimed at per batch (a call slower than that is a batch of one); `warmMs`: warm-up
 * per contestant, itself interleaved in slices.
 */
export function interleave(
  contestants: Contestant[],
  { batchMs = 1, repeats = 3, warmMs = 150, budgetMs = 1000, minRounds = 15, maxRounds = 301 } = {},
): Map<string, Timing> {
  // Warm-up in slices, alternating, so every contestant's code is optimised for this input before any timing.
  const slices = 5;
  for (let s = 0; s < slices; s++) {
    for (const c of contestants) {
      const end = performance.now() + warmMs / slices;
      for (let n = 0; n < 2 || performance.now() < end; n++) c.fn();
    }
  }
  // Calls per batch, from a short calibration, so each batch takes about batchMs.
  const calls = contestants.map((c) => {
    const one = Math.max(batch(c.fn, 3), 0.0005);
    return Math.max(1, Math.min(20_000, Math.round(batchMs / one)));
  });
  const timings: Timing[] = contestants.map(() => ({ median: 0, perBatch: [], ratios: [] }));
  const reference = timings[0];
  const engine = contestants[0].fn;
  for (let i = 1; i < contestants.length; i++) {
    // One full collection per contestant, not per round: a collection drops V8's compiled RegExp code, so the
    // next call of a regex-using contestant recompiles (a 2,000-character full check took 1–9 ms instead of
    // 0.2); the untimed calls pay for that. Garbage made during the rounds is collected as it would be in use.
    gc?.();
    engine();
    contestants[i].fn();
    const started = performance.now();
    for (let round = 0; round < maxRounds; round++) {
      if (round >= minRounds && performance.now() - started > budgetMs) break;
      // A round alternates `repeats` batches of each and keeps each one's fastest: being preempted only ever adds
      // time, so the minimum of a few adjacent batches is the one the other programs on the machine left alone.
      let r = Infinity;
      let b = Infinity;
      for (let j = 0; j < repeats; j++) {
        const referenceFirst = (round + j) % 2 === 0;
        if (referenceFirst) r = Math.min(r, batch(engine, calls[0]));
        b = Math.min(b, batch(contestants[i].fn, calls[i]));
        if (!referenceFirst) r = Math.min(r, batch(engine, calls[0]));
      }
      reference.perBatch.push(r);
      timings[i].perBatch.push(b);
      timings[i].ratios.push(b / r);
    }
  }
  const out = new Map<string, Timing>();
  contestants.forEach((c, i) => {
    timings[i].median = quantile(timings[i].perBatch, 0.5);
    out.set(c.name, timings[i]);
  });
  return out;
}

/** A competitor's per-round ratios to the reference (above 1: the reference, the engine, is faster). */
export function ratio(competitor: Timing): Ratio {
  const ratios = competitor.ratios;
  return {
    median: quantile(ratios, 0.5),
    low: quantile(ratios, 0.25),
    high: quantile(ratios, 0.75),
    rounds: ratios.length,
  };
}

export const fmtRatio = (r: Ratio) =>
  `${r.median.toFixed(2)}× (IQR ${r.low.toFixed(2)}–${r.high.toFixed(2)}, ${r.rounds} rounds)`;
