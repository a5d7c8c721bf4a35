import { afterEach, describe, expect, it, vi } from 'vitest';
import * as RRuleLib from '@/lib/calendar/rrule-lib';
import * as StandIn from '@/lib/calendar/rrule-part';
import { SHIPPED_HOLIDAYS } from '@/lib/community/reminders/holiday-list';
import * as HolidaysInForce from '@/lib/background/holidays-in-force';
import * as HolidayStandIn from '@/lib/background/holidays-in-force-part';
import * as KitFile from '@/lib/kits/kit-file';
import * as KitFileStandIn from '@/lib/kits/kit-file-part';
import * as ReportSections from '@/lib/records/reports/report';
import * as ReportStandIn from '@/lib/records/reports/report-part';
import { startBrowserTeamSync as standInSync } from '@/lib/team/browser-sync-part';
import * as Starter from '@/lib/templates/starter';
import * as StarterStandIn from '@/lib/templates/starter-part';
import {
  clearWorkerParts,
  registerWorkerPart,
  workerPart,
  WORKER_PART_FILES,
} from '@/lib/worker-part-registry';

// Chrome's background.js is built with these stand-ins (wxt.config.ts); the e2e specs run them in the worker.
// Here: they behave as the modules they replace once the part is registered, and say so when it is missing.

afterEach(() => {
  clearWorkerParts();
  vi.unstubAllGlobals();
});

describe('worker parts', () => {
  it("copies rrule's Frequency enum exactly (recurrence.ts reads it at module load)", () => {
    expect({ ...StandIn.Frequency }).toEqual({ ...RRuleLib.Frequency });
  });

  it('builds and parses rules through the real rrule once the part is registered', () => {
    registerWorkerPart('rrule', { RRule: RRuleLib.RRule, Frequency: RRuleLib.Frequency });
    const options = StandIn.RRule.parseString('FREQ=WEEKLY;COUNT=3;BYDAY=MO');
    expect(options).toEqual(RRuleLib.RRule.parseString('FREQ=WEEKLY;COUNT=3;BYDAY=MO'));
    const rule = new StandIn.RRule({ ...options, dtstart: new Date(Date.UTC(2026, 11, 1)) });
    expect(rule).toBeInstanceOf(RRuleLib.RRule);
    expect(rule.all().map((d) => d.toISOString())).toEqual([
      '2026-12-07T00:00:00.000Z',
      '2026-12-14T00:00:00.000Z',
      '2026-12-21T00:00:00.000Z',
    ]);
    expect(StandIn.RRule.optionsToString({ freq: StandIn.Frequency.DAILY, count: 2 })).toBe(
      RRuleLib.RRule.optionsToString({ freq: RRuleLib.Frequency.DAILY, count: 2 }),
    );
  });

  it("imports a missing part with the worker's importScripts, once", () => {
    const importScripts = vi.fn((url: string) => {
      if (url === WORKER_PART_FILES['team-sync'])
        registerWorkerPart('team-sync', { startBrowserTeamSync: () => 'started' });
    });
    vi.stubGlobal('importScripts', importScripts);
    expect(standInSync({} as never)).toBe('started');
    expect(standInSync({} as never)).toBe('started');
    expect(importScripts).toHaveBeenCalledTimes(1);
    expect(importScripts).toHaveBeenCalledWith('/part-team-sync.js');
  });

  it("computes the report's sections through the real module once the part is registered", () => {
    registerWorkerPart('reports', ReportSections);
    const period = { from: 0, to: 86_400_000, utcOffsetMinutes: 0 };
    const input = {
      publishes: [],
      templateUses: [],
      overrides: [],
      checkSummaries: [],
      snapshots: [],
      feedback: [],
      crisisFeedback: [],
      crisisFindings: [],
    };
    const options = { ...period, plan: [], now: 86_400_000 };
    expect(ReportStandIn.computeReport(input, options)).toEqual(ReportSections.computeReport(input, options));
    expect(ReportStandIn.computeEngagement(input, period)).toEqual(
      ReportSections.computeEngagement(input, period),
    );
    expect(ReportStandIn.crisisSignal([], [], { now: 86_400_000 })).toEqual(
      ReportSections.crisisSignal([], [], { now: 86_400_000 }),
    );
  });

  it('gives the starter templates and reads kit text through the real modules once their parts are registered', () => {
    registerWorkerPart('starter-templates', Starter);
    registerWorkerPart('kit-file', KitFile);
    expect(StarterStandIn.starterLibrary(0)).toEqual(Starter.starterLibrary(0));
    for (const text of ['{"name": "Acme"', '{"name": "Acme", "name": "B"}', '{"name": "Acme"}'])
      expect(KitFileStandIn.readKitText(text)).toEqual(KitFile.readKitText(text));
  });

  it('gives the holiday list in force once the part is registered (no kit stored: the shipped one)', async () => {
    await expect(HolidayStandIn.reminderHolidays()).rejects.toThrow('holidays is not loaded');
    registerWorkerPart('holidays', HolidaysInForce);
    await expect(HolidayStandIn.reminderHolidays()).resolves.toEqual(SHIPPED_HOLIDAYS);
  });

  it('says which part is missing outside a worker', () => {
    expect(() => workerPart('rrule')).toThrow('the worker part rrule is not loaded');
    expect(() => StandIn.RRule.parseString('FREQ=DAILY')).toThrow('rrule is not loaded');
    expect(() =>
      ReportStandIn.computeEngagement(
        { snapshots: [], publishes: [] },
        { from: 0, to: 1, utcOffsetMinutes: 0 },
      ),
    ).toThrow('reports is not loaded');
  });
});
