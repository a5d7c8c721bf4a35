import { useCallback, useEffect, useRef, useState } from 'react';
import { send } from '@/lib/messaging/client';
import type { Report } from '@/lib/records/reports/report';
import type { PlatformId } from '@/lib/records/schema';
import { loadPlan } from './plan';
import { periodBounds, utcOffsetMinutes, type PeriodChoice } from './period';

export interface ReportRequest {
  choice: PeriodChoice;
  platforms: PlatformId[];
  responseTargetMs: number;
}

export type ReportState =
  | { status: 'loading'; report?: Report; planned: boolean }
  | { status: 'ready'; report: Report; planned: boolean; generatedAt: number }
  | { status: 'error'; error: string; report?: Report; planned: boolean };

/**
 * Asks the background for the report whenever the request changes (and on `reload`). Only the newest
 * answer is shown: a slow answer for an old period never replaces a newer one.
 */
export function useReport(request: ReportRequest): { state: ReportState; reload(): void } {
  const [state, setState] = useState<ReportState>({ status: 'loading', planned: false });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const { choice, platforms, responseTargetMs } = request;
  const key = JSON.stringify({ choice, platforms, responseTargetMs });

  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ status: 'loading', report: s.report, planned: s.planned }));
    const now = Date.now();
    const { from, to } = periodBounds(choice, now);
    void (async () => {
      try {
        const plan = await loadPlan(from, to);
        const report = await send('records.report', {
          from, to, platforms, now, plan, responseTargetMs, utcOffsetMinutes: utcOffsetMinutes(now),
        });
        if (ticket === latest.current) setState({ status: 'ready', report, planned: plan.length > 0, generatedAt: now });
      } catch (error) {
        if (ticket === latest.current) setState((s) => ({ status: 'error', error: error instanceof Error ? error.message : String(error), report: s.report, planned: s.planned }));
      }
    })();
    // `key` stands for choice/platforms/target by value, so a re-render with equal values does not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
