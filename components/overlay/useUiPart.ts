import { useEffect, useState } from 'react';
import { ensurePart, loadedPart, type PartName } from '@/lib/assistant/parts';
import { lendUiHost } from './ui-host';

/**
 * A UI part's components (entrypoints/part-*-ui.ts) once `needed` has been true: the part is asked for then, never
 * before, and stays (undefined until it is in place, or if it fails to load, which is reported).
 */
export function useUiPart<T>(name: PartName, needed: boolean): T | undefined {
  const [part, setPart] = useState(() => loadedPart<T>(name));
  useEffect(() => {
    if (part || !needed) return;
    lendUiHost();
    void ensurePart(name).then(
      () => setPart(() => loadedPart<T>(name)),
      (error: unknown) => console.error(`Onbrand: the assistant's ${name} part did not load`, error),
    );
  }, [name, part, needed]);
  return part;
}
