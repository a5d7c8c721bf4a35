import { loadavg } from 'node:os';

/** `--name value` from the command line, as the compare and profile tools take their options. */
export function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** The 1, 5 and 15 minute load averages, printed beside every figure a tool takes (timings depend on them). */
export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}
