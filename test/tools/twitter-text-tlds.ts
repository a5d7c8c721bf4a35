import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The alternation inside one of twitter-text's TLD patterns, `(?:(?:a|b|…)(?=…))`. */
function alternation(file: string): string[] {
  const module = require(`twitter-text/dist/regexp/${file}.js`) as { default?: RegExp } & RegExp;
  const source = (module.default ?? module).source;
  const inner = /^\(\?:\(\?:(.*)\)\(\?=/.exec(source);
  if (!inner) throw new Error(`twitter-text's ${file} has an unexpected form: ${source.slice(0, 40)}…`);
  return inner[1].split('|');
}

/** twitter-text 3.1's ASCII generic TLDs, sorted: what X links without a protocol besides the country codes. */
export const xGenericTlds = (): string[] =>
  alternation('validGTLD')
    .filter((tld) => /^[a-z0-9-]+$/.test(tld))
    .sort();

/** twitter-text 3.1's ASCII country-code TLDs, sorted. */
export const xCountryTlds = (): string[] =>
  alternation('validCCTLD')
    .filter((tld) => /^[a-z]+$/.test(tld))
    .sort();

/** twitter-text 3.1's non-ASCII TLDs, generic and country-code (中国, 香港, 公司 …), sorted. */
export const xIdnTlds = (): string[] =>
  [...alternation('validGTLD'), ...alternation('validCCTLD')]
    .filter((tld) => !/^[a-z0-9-]+$/.test(tld))
    .sort();
