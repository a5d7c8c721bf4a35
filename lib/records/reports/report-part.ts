import { workerPart } from '../../worker-part-registry';
import type * as ReportSections from './report';

// Stands in for lib/records/reports/report.ts inside Chrome's background.js (wxt.config.ts resolves it there, for
// read.ts only): the sections' computation (cadence, responses, engagement, feedback, crisis, pauses…) is parsed
// only by a worker asked for a report, not at every wake-up; the worker imports entrypoints/part-reports.ts then.
// The reads and their cache stay in the worker (read.ts, input-cache.ts), beside the log's version they follow.

const real = () => workerPart<typeof ReportSections>('reports');

export const computeReport: typeof ReportSections.computeReport = (input, options) =>
  real().computeReport(input, options);
export const computeEngagement: typeof ReportSections.computeEngagement = (input, period) =>
  real().computeEngagement(input, period);
export const crisisSignal: typeof ReportSections.crisisSignal = (feedback, withFindings, options) =>
  real().crisisSignal(feedback, withFindings, options);
export type { Report, ReportInput, ReportOptions } from './report';
