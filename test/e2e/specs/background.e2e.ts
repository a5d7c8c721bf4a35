import { test, expect } from '../support/test';
import { sendRuntimeMessage } from '../support/messages';

const publishRecord = (id: string) => ({
  id,
  at: Date.now(),
  platform: 'x',
  kind: 'publish',
  postKind: 'post',
  url: 'https://x.com/home',
  text: 'Hello from the e2e test',
  findings: [],
  templateIds: [],
});

test('a message round-trip writes to IndexedDB and survives a service-worker stop', async ({
  openExtensionPage,
  stopWorker,
}) => {
  const page = await openExtensionPage('options.html');
  const send = (message: unknown) => sendRuntimeMessage(page, message);

  const put = await send({
    onbrand: 1,
    type: 'records.put',
    payload: { records: [publishRecord('e2e-record-0001')] },
  });
  expect(put).toEqual({ ok: true, data: { ids: ['e2e-record-0001'] } });

  await stopWorker();

  // The first message after the stop wakes the worker; the record is still there, once.
  await expect
    .poll(async () => (await send({ onbrand: 1, type: 'records.count', payload: {} })).data?.count, {
      timeout: 10_000,
    })
    .toBe(1);
  await page.reload();
  await page.getByTestId('tab-reports').click();
  await expect(page.getByTestId('records-total')).toContainText('1');
});

test('malformed messages are rejected with a clear error and write nothing', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const send = (message: unknown) => sendRuntimeMessage(page, message);
  const bad = await send({
    onbrand: 1,
    type: 'records.put',
    payload: { records: [{ id: 'x', kind: 'publish' }] },
  });
  expect(bad.ok).toBe(false);
  expect(bad.error).toMatch(/invalid records\.put/);
  const unknown = await send({ onbrand: 1, type: 'records.drop-all', payload: {} });
  expect(unknown.ok).toBe(false);
  expect((await send({ onbrand: 1, type: 'records.count', payload: {} })).data?.count).toBe(0);
});
