import { useEffect, useState } from 'react';
import type { Checker } from '@/lib/engine';
import { watchActiveChecker } from '@/lib/kits/kit-source';
import { kitItems } from '@/lib/kits/kit-items';
import { defaultLibrary } from '@/lib/kits/starter-library';
import { loadSettings, onSettingsChanged } from '@/lib/storage/settings-store';

export interface KitCheck {
  /** Null until the active kit is compiled. */
  checker: Checker | null;
  brand: string;
  myName: string;
}

/** The active brand kit's checker, the brand name and the user's name, for previews and template checks. */
export function useKitCheck(): KitCheck {
  const [state, setState] = useState<KitCheck>({ checker: null, brand: '', myName: '' });
  useEffect(() => {
    let stopKit: (() => void) | undefined;
    let alive = true;
    void watchActiveChecker(
      (checker, kit) => alive && setState((s) => ({ ...s, checker, brand: kit.profile.name })),
      { starter: defaultLibrary, storage: kitItems },
    ).then((stop) => {
      if (alive) stopKit = stop;
      else stop();
    });
    void loadSettings().then((settings) => alive && setState((s) => ({ ...s, myName: settings.myName })));
    const stopSettings = onSettingsChanged((settings) =>
      setState((s) => ({ ...s, myName: settings.myName })),
    );
    return () => {
      alive = false;
      stopKit?.();
      stopSettings();
    };
  }, []);
  return state;
}
