/** An in-memory storage.local for the team's unit tests (`data` is what is stored). */
export function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: null | string | string[]) =>
      typeof key === 'string' ? (key in data ? { [key]: data[key] } : {}) : { ...data },
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => delete data[k]),
  };
}
