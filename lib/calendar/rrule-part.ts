import { workerPart } from '../worker-part-registry';
import type * as RRuleLib from './rrule-lib';

// Stands in for lib/calendar/rrule-lib.ts inside Chrome's background.js (wxt.config.ts resolves it there only):
// rrule (≈15 KB gzip) is parsed only by a worker that expands or edits a recurring series, not at every wake-up;
// the worker imports entrypoints/part-rrule.ts then. Frequency is rrule's RFC 5545 enum, needed at module load
// (lib/calendar/recurrence.ts), so it is copied here; a unit test keeps it equal to rrule's.

const real = () => workerPart<typeof RRuleLib>('rrule');

export enum Frequency {
  YEARLY = 0,
  MONTHLY = 1,
  WEEKLY = 2,
  DAILY = 3,
  HOURLY = 4,
  MINUTELY = 5,
  SECONDLY = 6,
}

/** `new RRule(options)` builds the real one; the statics the calendar calls go to the real class. */
class RRuleStandIn {
  constructor(...args: ConstructorParameters<typeof RRuleLib.RRule>) {
    return new (real().RRule)(...args);
  }
  static parseString(...args: Parameters<typeof RRuleLib.RRule.parseString>) {
    return real().RRule.parseString(...args);
  }
  static optionsToString(...args: Parameters<typeof RRuleLib.RRule.optionsToString>) {
    return real().RRule.optionsToString(...args);
  }
}

export const RRule = RRuleStandIn as unknown as typeof RRuleLib.RRule;
export type RRule = RRuleLib.RRule;
export type { Options } from './rrule-lib';
