// Where the assistant's optional parts (see parts.ts) register in the content-script world. Dependency-free:
// every part script imports it.
export const PART_FILES = {
  re2js: '/part-re2js.js',
  'i18n-en': '/part-i18n-en.js',
  'i18n-zh': '/part-i18n-zh.js',
  starter: '/part-starter.js',
  pinyin: '/part-pinyin.js',
} as const;
export type PartName = keyof typeof PART_FILES;
export const PART_NAMES = Object.keys(PART_FILES) as PartName[];

type Registry = Partial<Record<PartName, unknown>>;
const registry = (): Registry => ((globalThis as { __onbrandParts?: Registry }).__onbrandParts ??= {});

export function registerPart(name: PartName, value: unknown): void {
  registry()[name] = value;
}

export function loadedPart<T>(name: PartName): T | undefined {
  return registry()[name] as T | undefined;
}
