import type { Finding } from '@/lib/engine';
import type { ActivityRecord } from '@/lib/records/schema';
import type { BoxSession, PublishEvent } from './box-session';

type FindingCount = { ruleId: string; severity: Finding['severity']; category?: string; count: number };

function countByRule(findings: Finding[]): FindingCount[] {
  const counts = new Map<string, FindingCount>();
  for (const f of findings) {
    const entry = counts.get(f.ruleId) ?? {
      ruleId: f.ruleId,
      severity: f.severity,
      category: f.category,
      count: 0,
    };
    entry.count++;
    counts.set(f.ruleId, entry);
  }
  return [...counts.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

const newId = () => crypto.randomUUID();

/** The records one publish produces: the publish itself, plus what was caught on the way (if anything). */
export function recordsForPublish(
  session: BoxSession,
  event: PublishEvent,
  pageUrl: string,
): ActivityRecord[] {
  const at = event.intent.at;
  const thread = event.thread;
  const records: ActivityRecord[] = [
    {
      id: newId(),
      at,
      platform: session.platform,
      kind: 'publish',
      postKind: thread?.answersComment ? 'reply' : session.box.role,
      url: pageUrl,
      text: event.intent.text,
      findings: countByRule(event.findings),
      overrideReason: event.overrideReason,
      approvalId: event.approvalId,
      templateIds: event.templateIds,
      repliedTo: thread ? { author: thread.author, at: thread.at, url: thread.url } : undefined,
      responseMs: thread?.at !== undefined && at >= thread.at ? at - thread.at : undefined,
    },
  ];
  if (event.caught.length) {
    records.push({
      id: newId(),
      at,
      platform: session.platform,
      kind: 'check-summary',
      findings: countByRule(event.caught),
    });
  }
  return records;
}

export function overrideRecord(
  session: BoxSession,
  reason: string,
  ruleIds: string[],
  pageUrl: string,
): ActivityRecord {
  return {
    id: newId(),
    at: Date.now(),
    platform: session.platform,
    kind: 'gate-override',
    reason,
    ruleIds,
    url: pageUrl,
  };
}
