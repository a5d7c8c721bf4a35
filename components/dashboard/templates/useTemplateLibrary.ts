import { useCallback, useEffect, useState } from 'react';
import type { TemplateLibrary } from '@/lib/templates';
import { loadTemplates, onTemplatesChanged, saveTemplates } from '@/lib/templates/store';
import { starterLibrary } from '@/lib/templates/starter';

/** The stored template library, kept in sync with other extension pages; `update` saves a new version. */
export function useTemplateLibrary() {
  const [library, setLibrary] = useState<TemplateLibrary | null>(null);
  useEffect(() => {
    let alive = true;
    void loadTemplates(starterLibrary).then((loaded) => alive && setLibrary(loaded));
    const stop = onTemplatesChanged((next) => alive && setLibrary(next), starterLibrary);
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
