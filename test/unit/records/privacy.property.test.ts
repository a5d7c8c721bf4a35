import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { compileKit } from '../../../lib/engine';
import { buildStarterKit } from '../../../lib/engine/starter-packs';
import type { OnbrandDB } from '../../../lib/db/schema';
import { dispatch, type Handlers } from '../../../lib/messaging/receiver';
import type { Envelope, MessageType, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';
import { recordsToCsv, recordsToJson } from '../../../lib/records/export';
import { createRecordHandlers } from '../../../lib/records/handlers';
import { createOutbox, storageAreaOutboxStore, type KeyValueArea } from '../../../lib/records/outbox';
import { senderMasking } from '../../../lib/records/record-masking';
import { reportToJson } from '../../../lib/records/reports/tables';
import { DAY, NOW, feedback, openFreshDb, override, publish } from './helpers';

// Issue 15 point 3: whatever the checker flags as personal data in a published text never appears unmasked in
// storage.local (the outbox), IndexedDB or any export (records CSV and JSON, report JSON).

const checker = compileKit(buildStarterKit({ packs: ['privacy'] }));
const flagged = (text: string) =>
  checker
    .check(text, { platform: 'generic' })
    .filter((f) => f.list === 'privacy' && f.kind !== 'custom-detector')
    .map((f) => f.text);

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const sep = fc.constantFrom('', ' ', '-', '.', '/', '－', '．', '／', '\u3000');
const mobile = fc
  .tuple(
    fc.constantFrom('138', '139', '150', '186', '199'),
    fc.stringMatching(/^\d{4}$/),
    fc.stringMatching(/^\d{4}$/),
    sep,
    fc.constantFrom('', '()', '（）'),
    fc.boolean(),
  )
  .map(([a, b, c, s, paren, full]) => {
    // The area code in ASCII or full-width parentheses: (138)0013-8000, （138）0013－8000.
    const text = paren ? `${paren[0]}${a}${paren[1]}${b}${s}${c}` : `${a}${s}${b}${s}${c}`;
    return full ? FULL(text) : text;
  });
const card = fc
  .tuple(
    fc.constantFrom('4111111111111111', '5500005555555559', '6222021234567890128', '378282246310005'),
    sep,
    fc.boolean(),
  )
  .map(([n, s, full]) => {
    const grouped = n.replace(/(\d{4})(?=\d)/g, `$1${s}`);
    return full ? FULL(grouped) : grouped;
  });
const cnId = fc.constantFrom('11010519491231002X', '440304199001011233', '11010519491231002x');
const email = fc.constantFrom(
  'j@example.com',
  'jane.doe+x@example.co.uk',
  'http://john.doe@example.com',
  'me@qq.com',
);
// Links keep their digits (post ids are not personal data), so none here repeats a generated number.
const link = fc.constantFrom(
  'https://t.cn/A6abc',
  'https://x.com/brand/status/1790000000000000001',
  'http://weibo.com/u/5501234567',
);
const filler = fc.constantFrom(
  '详情见',
  '电话',
  '卡号',
  ' call ',
  ' or mail ',
  '身份证',
  '，',
  '。',
  ' ',
  '(',
  ')',
  'ORD-',
  'a',
  '2024-05-01',
  '¥199',
);
const piece = fc.oneof({ arbitrary: filler, weight: 4 }, mobile, card, cnId, email, link);
// Pieces are glued as written (CJK right against numbers and links), except where two ASCII characters meet:
// "…example.com4111…" or "https://t.cn/A6abc)1101…" is one token (a link may hold digits and parentheses).
const ascii = /[\x21-\x7e\uff10-\uff19]/;
const glue = (parts: string[]) =>
  parts.reduce(
    (text, part) => text + (ascii.test(text.slice(-1)) && ascii.test(part[0] ?? '') ? ' ' : '') + part,
    '',
  );
const draft = fc.array(piece, { minLength: 1, maxLength: 12 }).map(glue);

const OWN_ID = 'onbrand-id';
const ORIGIN = 'chrome-extension://onbrand-id/';

function memoryArea(): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) => {
      if (keys === null) return { ...data };
      const wanted = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

describe('personal data never lands unmasked', () => {
  it('in the outbox, IndexedDB, the records CSV/JSON exports and the report JSON', async () => {
    await fc.assert(
      fc.asyncProperty(draft, draft, async (text, reason) => {
        const secrets = [...flagged(text), ...flagged(reason)];
        fc.pre(secrets.length > 0);
        const area = memoryArea();
        const db = await openFreshDb();
        try {
          const handlers = createRecordHandlers(
            async () => db,
            () => NOW,
            async () => [],
            area,
          ) as Handlers;
          const call = async <T extends MessageType>(
            type: T,
            payload: RequestOf<T>,
          ): Promise<ResponseOf<T>> => {
            const envelope: Envelope<T> = { onbrand: 1, type, payload };
            const reply = await dispatch(
              envelope,
              { id: OWN_ID, url: `${ORIGIN}options.html` },
              OWN_ID,
              ORIGIN,
              handlers,
            );
            if (!reply.ok) throw new Error(reply.error);
            return reply.data as ResponseOf<T>;
          };
          const records = [
            publish(NOW - DAY, 'weibo', { text, overrideReason: reason }),
            override(NOW - DAY, 'x', reason, ['privacy:phone']),
            { ...feedback(NOW - DAY, 'weibo', 'complaint', text), commentText: reason },
          ];
          // The worker is away: records wait in storage.local.
          let up = false;
          const outbox = createOutbox({
            transport: async (batch) => {
              if (!up) throw new Error('worker stopped');
              return call('records.put', { records: batch });
            },
            store: storageAreaOutboxStore(area, 'tab'),
            prepare: senderMasking(area),
            baseDelayMs: 1,
            maxDelayMs: 2,
          });
          await outbox.enqueue(records);
          const waiting = JSON.stringify(area.data);
          up = true;
          await outbox.flush();
          outbox.stop();
          const stored = JSON.stringify(await db.getAll('records'));
          // The export as the dashboard writes it, from the background's page (the test's records fit one).
          const page = await call('records.export', { from: 0, to: NOW });
          expect(page.next).toBeNull();
          const csv = recordsToCsv(page.records);
          const json = recordsToJson(page.records);
          const report = reportToJson(
            await call('records.report', {
              from: NOW - 7 * DAY,
              to: NOW,
              utcOffsetMinutes: 480,
              now: NOW,
              plan: [],
            }),
          );
          expect(stored).toContain('"kind":"publish"');
          for (const secret of secrets) {
            for (const [where, content] of Object.entries({ waiting, stored, csv, json, report })) {
              expect(content.includes(secret), `${JSON.stringify(secret)} unmasked in ${where}`).toBe(false);
            }
          }
        } finally {
          (db as IDBPDatabase<OnbrandDB>).close();
        }
      }),
      { numRuns: 100 },
    );
  });
});
