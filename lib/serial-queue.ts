// One job at a time, in the order they were queued: the worker's jobs and writers read storage, decide and write,
// so two arriving together (an alarm and a storage change) must not interleave between the read and the write.

/**
 * Runs `task` after every task queued before it has settled; its result (or its error) is the caller's alone, and
 * a task that fails does not stop the ones after it. `queue(() => undefined)` resolves when all before it are done.
 */
export type SerialQueue = <T>(task: () => Promise<T> | T) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  // Never rejects.
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** `job` wrapped so that each call is run on `queue` with its arguments. */
export function queued<A extends unknown[], T>(
  queue: SerialQueue,
  job: (...args: A) => Promise<T>,
): (...args: A) => Promise<T> {
  return (...args) => queue(() => job(...args));
}
