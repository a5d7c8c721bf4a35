import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '@/lib/messaging/receiver';

const OWN_ID = 'ownextensionid';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;

function handlers() {
  const put = vi.fn(async ({ records }: { records: { id: string }[] }) => ({
    ids: records.map((r) => r.id),
  }));
  const all = {
    'records.put': put,
    'records.count': async () => ({ count: 0 }),
  } as unknown as Handlers;
  return { all, put };
}

const record = {
  id: 'rec-00000001',
  at: 1_700_000_000_000,
  platform: 'x',
  kind: 'publish',
  postKind: 'post',
  url: 'https://x.com/home',
  text: 'hi',
  findings: [],
  templateIds: [],
};
const envelope = (type: string, payload: unknown) => ({ onbrand: 1, type, payload });

describe('message receiver', () => {
  it('runs a valid message from a content script', async () => {
    const { all, put } = handlers();
    const reply = await dispatch(
      envelope('records.put', { records: [record] }),
      { id: OWN_ID, url: 'https://x.com/home', tab: { id: 1 } },
      OWN_ID,
      OWN_ORIGIN,
      all,
    );
    expect(reply).toEqual({ ok: true, data: { ids: ['rec-00000001'] } });
    expect(put).toHaveBeenCalledOnce();
  });

  it('rejects messages from other extensions', async () => {
    const { all, put } = handlers();
    const reply = await dispatch(
      envelope('records.put', { records: [record] }),
      { id: 'someone-else', url: 'https://x.com/' },
      OWN_ID,
      OWN_ORIGIN,
      all,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not this extension/) });
    expect(put).not.toHaveBeenCalled();
  });

  it('rejects privileged messages from web-page contexts', async () => {
    const { all } = handlers();
    const reply = await dispatch(
      envelope('records.count', {}),
      { id: OWN_ID, url: 'https://x.com/', tab: { id: 3 } },
      OWN_ID,
      OWN_ORIGIN,
      all,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed from a web page/) });
    const fromDashboard = await dispatch(
      envelope('records.count', {}),
      { id: OWN_ID, url: `${OWN_ORIGIN}options.html` },
      OWN_ID,
      OWN_ORIGIN,
      all,
    );
    expect(fromDashboard).toEqual({ ok: true, data: { count: 0 } });
  });

  it('rejects malformed envelopes and payloads, naming the field', async () => {
    const { all, put } = handlers();
    const sender = { id: OWN_ID, url: `${OWN_ORIGIN}options.html` };
    expect(await dispatch({ hello: 'world' }, sender, OWN_ID, OWN_ORIGIN, all)).toMatchObject({ ok: false });
    const bad = await dispatch(
      envelope('records.put', { records: [{ ...record, severity: 1, platform: 'myspace' }] }),
      sender,
      OWN_ID,
      OWN_ORIGIN,
      all,
    );
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/platform/) });
    expect(put).not.toHaveBeenCalled();
  });
});

describe('the shipped protocol', () => {
  it('has no messages that only tests send', async () => {
    const { protocol } = await import('@/lib/messaging/protocol');
    // ping (allowed from pages) and records.between existed only for the tests, which now read the log the way
    // the dashboard can (test/e2e/support/records.ts).
    expect(Object.keys(protocol)).not.toContain('ping');
    expect(Object.keys(protocol)).not.toContain('records.between');
  });
});
