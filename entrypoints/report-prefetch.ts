import { prefetchReport } from '@/components/dashboard/reports/report-request';

// A classic script at the top of options.html, run while the page is still parsed: opened on its reports
// (`#reports/90`), the dashboard asks the background for the report at once, so the worker reads the log while
// the dashboard's own scripts load, parse and render. useReport picks the answer up.
export default defineUnlistedScript(() => {
  if (location.hash.startsWith('#reports')) prefetchReport(location.hash);
});
