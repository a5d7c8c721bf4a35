import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSharedHandlers } from '@/lib/team/shared-handlers';
import { CONNECTION_KEY, type TeamConnection } from '@/lib/team/connection';
import { ENTRIES_MAP, type TeamDocument } from '@/lib/team/documents';
import type { TeamSync } from '@/lib/team/sync';
import type { Role } from '@/lib/team/roles';
import { slot, template } from '../../../server/test/fixtures';

// A planner's "Share with the team": the slot or template goes into the shared document; anyone else, or an entry
// the schema refuses, is told why and nothing is written (the server would refuse it too).

function teamAs(role: Role) {
  const docs = { calendar: new Y.Doc(), templates: new Y.Doc() } as Record<TeamDocument, Y.Doc>;
  const sync = { entries: (doc: TeamDocument) => docs[doc].getMap(ENTRIES_MAP) } as unknown as TeamSync;
  const connection: TeamConnection = {
    origin: 'https://team.example.com',
    token: 'token-of-the-member-0000',
    member: 'pia',
    role,
    exp: Date.now() + 86_400_000,
  };
  const area = {
    get: async () => ({ [CONNECTION_KEY]: connection }),
    set: async () => {},
    remove: async () => {},
  };
  return { handlers: createSharedHandlers({ current: () => sync }, area), sync };
}

describe('the shared calendar and template library', () => {
  it('a planner shares a slot and a template, and takes them out again', async () => {
    const { handlers, sync } = teamAs('planner');
    expect(await handlers['team.shared.put']({ doc: 'calendar', entry: slot('launch') }, {})).toEqual({
      ok: true,
      id: 'launch',
    });
    expect(sync.entries('calendar').get('launch')).toEqual(slot('launch'));
    expect(
      await handlers['team.shared.put']({ doc: 'templates', entry: template('thanks') }, {}),
    ).toMatchObject({
      ok: true,
    });
    expect(sync.entries('templates').has('thanks')).toBe(true);
    expect(await handlers['team.shared.remove']({ doc: 'calendar', id: 'launch' }, {})).toMatchObject({
      ok: true,
    });
    expect(sync.entries('calendar').has('launch')).toBe(false);
  });

  it('anyone else is told no, and nothing is written', async () => {
    const { handlers, sync } = teamAs('member');
    const answer = await handlers['team.shared.put']({ doc: 'calendar', entry: slot('launch') }, {});
    expect(answer).toEqual({ ok: false, reason: expect.stringContaining('member role may not') });
    expect(sync.entries('calendar').size).toBe(0);
  });

  it('an entry the schema refuses, or one without an id, is refused with the reason', async () => {
    const { handlers, sync } = teamAs('planner');
    const broken = { ...slot('launch'), platform: 'myspace' };
    expect(await handlers['team.shared.put']({ doc: 'calendar', entry: broken }, {})).toEqual({
      ok: false,
      reason: expect.stringContaining('calendar/launch: invalid entry at platform'),
    });
    const { id: _id, ...nameless } = template('x');
    expect(await handlers['team.shared.put']({ doc: 'templates', entry: nameless }, {})).toEqual({
      ok: false,
      reason: 'templates: an entry without an id',
    });
    expect(sync.entries('calendar').size + sync.entries('templates').size).toBe(0);
  });
});
