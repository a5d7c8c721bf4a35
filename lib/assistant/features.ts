// The in-page features (check, gate, picker, publish, engagement, feedback, keyboard) registered uniformly, in the
// spirit of refined-github's feature manager: each says on which pages it applies and starts with `init(signal)`.
// One feature failing (a site's markup it did not expect, a storage error) is reported and stopped on its own;
// the others keep running. Each gets its own AbortSignal, aborted with the assistant's.

export interface Feature<Context> {
  id: string;
  /** Whether this page needs the feature (checked once, when the assistant starts in the frame). */
  applies(context: Context): boolean;
  init(signal: AbortSignal, context: Context): void | Promise<void>;
}

export interface FeatureRun {
  /** Features that started, by id. */
  started: string[];
  /** Features whose init threw or rejected, by id (they were stopped). */
  failed: string[];
}

export async function startFeatures<Context>(
  features: ReadonlyArray<Feature<Context>>,
  context: Context,
  signal: AbortSignal,
  report: (id: string, error: unknown) => void = (id, error) =>
    console.error(`Onbrand: feature "${id}" stopped`, error),
): Promise<FeatureRun> {
  const run: FeatureRun = { started: [], failed: [] };
  // In order: a feature that must see events first (the picker's Enter before the gate's) is listed first.
  for (const feature of features) {
    if (signal.aborted) break;
    let applies: boolean;
    try {
      applies = feature.applies(context);
    } catch (error) {
      report(feature.id, error);
      run.failed.push(feature.id);
      continue;
    }
    if (!applies) continue;
    const own = new AbortController();
    signal.addEventListener('abort', () => own.abort(), { once: true });
    try {
      await feature.init(own.signal, context);
      run.started.push(feature.id);
    } catch (error) {
      own.abort();
      report(feature.id, error);
      run.failed.push(feature.id);
    }
  }
  return run;
}
