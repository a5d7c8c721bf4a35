import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A storage item's value, kept current as any context changes it; undefined until the first read answers.
 * (The item's fallback stands for an absent value, as in getValue and watch.)
 */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    // A change seen before the first read answers is newer than that read.
    let fresh = true;
    // A failed read (the extension reloading) is logged; the value stays undefined, as before the first read.
    void item.getValue().then(
      (stored) => fresh && setValue(stored),
      (error: unknown) => console.warn('Onbrand: storage not read', error),
    );
    const unwatch = item.watch((next) => {
      fresh = false;
      setValue(next);
    });
    return () => {
      fresh = false;
      unwatch();
    };
  }, [item]);
  return value;
}
