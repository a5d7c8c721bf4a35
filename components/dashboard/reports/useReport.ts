import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '@/lib/records/reports/report';
import { requestKey, requestReport, takePrefetchedReport, type ReportRequest } from './report-request';

export type { ReportRequest } from './report-request';

export type ReportState =
  | { status: 'loading'; report?: Report }
  | { status: 'ready'; report: Report; generatedAt: number }
  | { status: 'error'; error: string; report?: Report };

/**
 * Asks the background for the report whenever the request changes (and on `reload`); the first one may already
 * be on its way (report-request.ts). Only the newest answer is shown: a slow answer for an old period never
 * replaces a newer one.
 */
export function useReport(request: ReportRequest): { state: ReportState; reload(): void } {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const key = requestKey(request);

  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ status: 'loading', report: s.report }));
    const prefetched = takePrefetchedReport(request);
    const now = prefetched?.now ?? Date.now();
    void (async () => {
      try {
        const report = await (prefetched?.answer ?? requestReport(request, now));
        if (ticket === latest.current) setState({ status: 'ready', report, generatedAt: now });
      } catch (error) {
        if (ticket === latest.current) setState((s) => ({ status: 'error', error: error instanceof Error ? error.message : String(error), report: s.report }));
      }
    })();
    // `key` stands for the request by value, so a re-render with equal values does not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
