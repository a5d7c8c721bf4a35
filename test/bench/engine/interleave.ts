/**
 * Interleaved timing for `npm run bench`: every contestant (the engine and each competitor) gets the same warm-up,
 * then runs in alternating rounds — one batch each per round, in an order that rotates from round to round, each
 * beside a batch of the engine, with a full collection (`gc()`, when run with --expose-gc) and one untimed call
 * each before every round, so no contestant pays for another's garbage. A batch is timed in CPU time of the
 * process (`process.cpuUsage`, µs resolution), so time the process spends preempted by other programs on a
 * loaded machine is not billed to whoever happened to be running.
 * Ratios are taken between adjacent batches (competitor ÷ engine, milliseconds apart under the same conditions)
 * and reported as the median over rounds with their interquartile spread.
 */

export interface Contestant {
  name: string;
  fn: () => unknown;
}

export interface Timing {
  /** Median over batches of the CPU time of one call, in ms. */
  median: number;
  /** CPU time of one call per batch, in ms. */
  perBatch: number[];
  /** For a competitor: its batch ÷ the reference batch timed right beside it, one per round. */
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

/** CPU time of the whole process so far, in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function cpuOf(fn: () => unknown, calls: number): number {
  const start = cpuMs();
  for (let i = 0; i < calls; i++) fn();
  return (cpuMs() - start) / calls;
}

/**
 * Times `contestants` interleaved; the first is the reference (the engine). In every round each other contestant
 * is timed right beside a batch of the reference — reference first in even rounds, second in odd ones — so each
 * ratio compares two batches a few milliseconds apart, whatever the machine's load did between rounds.
 * `batchMs`: CPU time aimed at per batch (a call slower than that is one batch); `warmMs`: warm-up per
 * contestant, itself interleaved in slices; rounds run until `budgetMs` of CPU time is spent, between
 * `minRounds` and `maxRounds`.
 */
export function interleave(
  contestants: Contestant[],
  { batchMs = 2, warmMs = 150, budgetMs = 3000, minRounds = 15, maxRounds = 61 } = {},
): Map<string, Timing> {
  // Warm-up in slices, alternating, so every contestant's code is optimised for this input before any timing.
  const slices = 5;
  for (let s = 0; s < slices; s++) {
    for (const c of contestants) {
      const end = cpuMs() + warmMs / slices;
      let n = 0;
      while (n < 2 || cpuMs() < end) {
        c.fn();
        n++;
      }
    }
  }
  // Calls per batch: from a short calibration, so each batch is about batchMs of CPU.
  const calls = contestants.map((c) => {
    const one = Math.max(cpuOf(c.fn, 3), 0.0005);
    return Math.max(1, Math.min(20_000, Math.round(batchMs / one)));
  });
  const timings: Timing[] = contestants.map(() => ({ median: 0, perBatch: [], ratios: [] }));
  const reference = timings[0];
  const others = contestants.length - 1;
  const started = cpuMs();
  for (let round = 0; round < maxRounds; round++) {
    if (round >= minRounds && cpuMs() - started > budgetMs) break;
    gc?.();
    // A full collection flushes compiled RegExp code (V8): the first call after it recompiles (a 2,000-character
    // full check took 1–9 ms instead of 0.2), so every contestant makes one untimed call before the timed batches.
    for (const c of contestants) c.fn();
    for (let k = 0; k < others; k++) {
      const i = 1 + ((round + k) % others);
      const referenceFirst = round % 2 === 0;
      const a = referenceFirst ? cpuOf(contestants[0].fn, calls[0]) : 0;
      const b = cpuOf(contestants[i].fn, calls[i]);
      const r = referenceFirst ? a : cpuOf(contestants[0].fn, calls[0]);
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
