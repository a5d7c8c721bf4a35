import * as rruleModule from 'rrule';

// rrule ships an ES module (used by Vite and vitest) and a UMD main; plain Node ESM (tsx scripts, benches)
// sees the UMD one, whose named exports hide under `default`. Accept both shapes.
type RRuleModule = typeof import('rrule');
const namespace = rruleModule as unknown as RRuleModule & { default?: RRuleModule };
const resolved: RRuleModule = namespace.RRule ? namespace : (namespace.default as RRuleModule);

export const RRule = resolved.RRule;
export type RRule = import('rrule').RRule;
export const Frequency = resolved.Frequency;
export type Frequency = import('rrule').Frequency;
export type { Options } from 'rrule';
