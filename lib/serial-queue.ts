// One job at a time, in the order they were queued: the worker's jobs and writers read storage, decide and write,
// so two arriving together (an alarm and a storage change) must not interleave between the read and the write.

export interface SerialQueue {
  /** Runs `task` after every task queued before it has settled; its result (or its error) is the caller's alone. */
  run<T>(task: () => Promise<T> | T): Promise<T>;
  /** `job` wrapped so that each call is queued (`run`) with its arguments. */
  serial<A extends unknown[], T>(job: (...args: A) => Promise<T>): (...args: A) => Promise<T>;
  /** Resolves when every task queued so far has settled. */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  // Never rejects: a task that fails does not stop the ones queued after it.
  let tail: Promise<unknown> = Promise.resolve();
  const run = <T>(task: () => Promise<T> | T): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
  return {
    run,
    serial:
      (job) =>
      (...args) =>
        run(() => job(...args)),
    idle: () => tail.then(() => undefined),
  };
}
