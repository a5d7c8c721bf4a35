import 'fake-indexeddb/auto';
import { openOnbrandDB } from '../../../lib/db/schema';
import type { RecordOfKind } from '../../../lib/records/query';
import type { PlatformId } from '../../../lib/platforms';

let dbCounter = 0;
/** A fresh, empty database per test (fake-indexeddb keeps databases for the whole file). */
export function freshDbName(): string {
  return `onbrand-test-${process.pid}-${++dbCounter}`;
}
export function openFreshDb() {
  return openOnbrandDB(freshDbName());
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** 2025-03-15T12:00:00Z */
export const NOW = Date.UTC(2025, 2, 15, 12);

let idCounter = 0;
const nextId = (prefix: string) => `${prefix}-${String(++idCounter).padStart(8, '0')}`;

export function publish(
  at: number,
  platform: PlatformId,
  patch: Partial<RecordOfKind<'publish'>> = {},
): RecordOfKind<'publish'> {
  return {
    id: nextId('pub'),
    at,
    platform,
    kind: 'publish',
    postKind: 'post',
    url: `https://${platform}.example/p`,
    text: 'hello',
    findings: [],
    templateIds: [],
    ...patch,
  };
}
export function reply(
  at: number,
  platform: PlatformId,
  responseMs: number | undefined,
  patch: Partial<RecordOfKind<'publish'>> = {},
) {
  return publish(at, platform, { postKind: 'reply', responseMs, ...patch });
}
export function templateUse(
  at: number,
  platform: PlatformId,
  templateId: string,
): RecordOfKind<'template-use'> {
  return { id: nextId('tpl'), at, platform, kind: 'template-use', templateId };
}
export function override(
  at: number,
  platform: PlatformId,
  reason: string,
  ruleIds: string[],
): RecordOfKind<'gate-override'> {
  return {
    id: nextId('ovr'),
    at,
    platform,
    kind: 'gate-override',
    reason,
    ruleIds,
    url: 'https://x.com/i/1',
  };
}
export function checkSummary(
  at: number,
  platform: PlatformId,
  findings: RecordOfKind<'check-summary'>['findings'],
): RecordOfKind<'check-summary'> {
  return { id: nextId('chk'), at, platform, kind: 'check-summary', findings };
}
export function snapshot(
  at: number,
  platform: PlatformId,
  postId: string,
  counts: RecordOfKind<'engagement'>['counts'],
): RecordOfKind<'engagement'> {
  return {
    id: nextId('eng'),
    at,
    platform,
    kind: 'engagement',
    postId,
    url: `https://${platform}.example/${postId}`,
    counts,
  };
}
export function feedback(
  at: number,
  platform: PlatformId,
  tag: RecordOfKind<'feedback'>['tag'],
  note = 'note',
): RecordOfKind<'feedback'> {
  return {
    id: nextId('fbk'),
    at,
    platform,
    kind: 'feedback',
    tag,
    note,
    url: `https://${platform}.example/c`,
  };
}
