// `npm run sites:evidence`: every adapter selector with no evidence, only undated evidence, or evidence older than
// 180 days (lib/sites/evidence.ts). Pass a date (YYYY-MM-DD) to check as of that day; default today. Exits 0: it is a
// to-do list for whoever re-checks the live sites, not a gate.
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { evidenceProblems, newestDate } from '@/lib/sites/evidence';

const today = process.argv[2] ? new Date(`${process.argv[2]}T00:00:00Z`) : new Date();
const problems = evidenceProblems(SITE_ADAPTERS, today);
const total = SITE_ADAPTERS.reduce((sum, adapter) => sum + Object.keys(adapter.selectors).length, 0);
const label = { none: 'no evidence', undated: 'undated evidence only', stale: 'stale' } as const;

const count = (kind: string) => problems.filter((problem) => problem.problem === kind).length;
console.log(
  `Selector evidence as of ${today.toISOString().slice(0, 10)}: ${total} selectors, ${total - problems.length} confirmed within 180 days, ${problems.length} to re-check (${count('undated')} undated evidence only, ${count('stale')} stale, ${count('none')} no evidence).\n`,
);
for (const adapter of SITE_ADAPTERS) {
  const own = problems.filter((problem) => problem.adapter === adapter.id);
  if (!own.length) continue;
  // The newest dated source of any of the site's selectors: the "Newest evidence" column of lib/sites/README.md.
  const newest = newestDate(Object.values(adapter.evidence ?? {}).flatMap((keys) => keys ?? []));
  console.log(
    `${adapter.id} (${own.length}/${Object.keys(adapter.selectors).length}; newest source ${newest ?? 'none dated'})`,
  );
  for (const problem of own) {
    const detail =
      problem.problem === 'stale' ? ` (newest source ${problem.date}, ${problem.ageDays} days)` : '';
    console.log(`  ${problem.selector.padEnd(22)} ${label[problem.problem]}${detail}`);
  }
}
