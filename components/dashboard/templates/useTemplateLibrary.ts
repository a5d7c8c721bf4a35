import { useCallback, useEffect, useState } from 'react';
import type { TemplateLibrary } from '@/lib/templates';
import { loadTemplates, onTemplatesChanged, saveTemplates } from '@/lib/templates/store';

/** The stored template library, kept in sync with other extension pages; `update` saves a new version. */
export function useTemplateLibrary() {
  const [library, setLibrary] = useState<TemplateLibrary | null>(null);
  useEffect(() => {
    let alive = true;
    void loadTemplates().then((loaded) => alive && setLibrary(loaded));
    const stop = onTemplatesChanged((next) => alive && setLibrary(next));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const update = useCallback(async (next: TemplateLibrary) => {
    setLibrary(next);
    await saveTemplates(next);
  }, []);
  return { library, update };
}
