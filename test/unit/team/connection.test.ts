import { describe, expect, it } from 'vitest';
import { CONNECTION_KEY, loadConnection, saveConnection, serverAddress } from '@/lib/team/connection';
import { createTeamHandlers } from '@/lib/team/handlers';
import { PROBLEM_MESSAGES, TEAM_PROBLEMS } from '@/lib/team/problems';
import { translate } from '@/lib/i18n';
import { memoryArea } from './memory-area';

describe('team server address', () => {
  it('accepts https/wss and bare hosts; asks permission for that one origin', () => {
    expect(serverAddress('team.example.com')).toEqual({
      http: 'https://team.example.com',
      ws: 'wss://team.example.com',
      permission: 'https://team.example.com/*',
    });
    expect(serverAddress('wss://team.example.com:8443/')?.http).toBe('https://team.example.com:8443');
    expect(serverAddress('http://127.0.0.1:8787')).toEqual({
      http: 'http://127.0.0.1:8787',
      ws: 'ws://127.0.0.1:8787',
      permission: 'http://127.0.0.1/*',
    });
  });

  it('refuses plain http across the network, credentials in the URL, and non-URLs', () => {
    expect(serverAddress('http://team.example.com')).toBeNull();
    expect(serverAddress('https://user:pw@team.example.com')).toBeNull();
    expect(serverAddress('ftp://team.example.com')).toBeNull();
    expect(serverAddress('   ')).toBeNull();
    expect(serverAddress('https://exa mple.com')).toBeNull();
  });
});

describe('team handlers without a server', () => {
  it('status reads storage only and makes no network request', async () => {
    const area = memoryArea();
    let requests = 0;
    const handlers = createTeamHandlers(area, {
      hasPermission: async () => true,
      fetch: async () => (requests++, new Response('{}')),
    });
    expect(await handlers['team.status']({}, {})).toEqual({ connected: false });
    expect(requests).toBe(0);
  });

  it('a refused permission is reported before anything is sent', async () => {
    let requests = 0;
    const handlers = createTeamHandlers(memoryArea(), {
      hasPermission: async () => false,
      fetch: async () => (requests++, new Response('{}')),
    });
    const result = await handlers['team.connect'](
      { server: 'https://team.example.com', token: 'x'.repeat(20) },
      {},
    );
    expect(result).toMatchObject({ ok: false, problem: 'permission-refused' });
    expect(requests).toBe(0);
  });

  it('the invitation lives under one storage.local key and is deleted on disconnect', async () => {
    const area = memoryArea();
    await saveConnection(area, {
      origin: 'https://t.example',
      token: 't'.repeat(20),
      member: 'mo',
      role: 'member',
      exp: 1,
    });
    expect(Object.keys(area.data)).toEqual([CONNECTION_KEY]);
    expect((await loadConnection(area))?.member).toBe('mo');
    await createTeamHandlers(area)['team.disconnect']({}, {});
    expect(await loadConnection(area)).toBeNull();
  });
});

describe('team problems', () => {
  it('every problem has a message in English and Chinese', () => {
    for (const problem of TEAM_PROBLEMS) {
      const key = PROBLEM_MESSAGES[problem];
      expect(translate('en', key, { reason: 'r' })).not.toBe(key);
      expect(translate('zh-CN', key, { reason: 'r' })).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
