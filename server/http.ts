import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import { activityRecordSchema, type ActivityRecord } from '../lib/records/schema';
import { MemberId, Role } from '../lib/team/roles';
import { AUTH_REASONS, authenticate } from './auth';
import { insertRecords, recordInvitation, revoke, teamMembers, type Db } from './db';
import { teamReport } from './report';
import { issueToken, TokenError, type Claims } from './tokens';

// The few HTTP routes beside the WebSocket: invitations (admin), records (each member, idempotent), the team's
// members, the team report. Every route authenticates with `Authorization: Bearer <invitation>`.

const MAX_BODY = 8 * 1024 * 1024;
const HOUR_MS = 3_600_000;

const InviteBody = z.object({
  member: MemberId,
  role: Role,
  ttlHours: z.number().check(z.positive(), z.lte(24 * 366)),
});
const RevokeBody = z.object({ jti: z.string().check(z.minLength(8), z.maxLength(100)) });
const RecordsBody = z.object({
  records: z.array(activityRecordSchema()).check(z.minLength(1), z.maxLength(5000)),
});

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'authorization, content-type',
  });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'body-too-large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid-json');
  }
}

function parse<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, `invalid-body: ${result.error.issues[0]?.message ?? ''}`);
  return result.data;
}

function requireRole(claims: Claims, roles: readonly string[]) {
  if (!roles.includes(claims.role))
    throw new HttpError(403, `forbidden: the ${claims.role} role may not do this`);
}

/** What the server does with a member's records that were new to it (the shared calendar's plan matching). */
export type OnNewRecords = (records: ActivityRecord[]) => Promise<unknown>;

export function createRequestHandler(db: Db, secret: string, onNewRecords: OnNewRecords = async () => {}) {
  async function route(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (url.pathname === '/health') return send(response, 200, { ok: true });
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    let claims: Claims;
    try {
      claims = await authenticate(db, secret, bearer);
    } catch (error) {
      if (error instanceof TokenError) throw new HttpError(401, AUTH_REASONS[error.problem]);
      throw error;
    }
    const key = `${request.method} ${url.pathname}`;
    switch (key) {
      case 'GET /whoami':
        return send(response, 200, { member: claims.sub, role: claims.role, exp: claims.exp });
      case 'POST /invitations': {
        requireRole(claims, ['admin']);
        const body = parse(InviteBody, await readJson(request));
        const issued = issueToken(secret, {
          sub: body.member,
          role: body.role,
          ttlMs: body.ttlHours * HOUR_MS,
        });
        await recordInvitation(db, issued.claims.jti, body.member, body.role, issued.claims.exp, claims.sub);
        return send(response, 200, { token: issued.token, jti: issued.claims.jti, exp: issued.claims.exp });
      }
      case 'POST /invitations/revoke': {
        requireRole(claims, ['admin']);
        const body = parse(RevokeBody, await readJson(request));
        await revoke(db, body.jti, claims.sub);
        return send(response, 200, { revoked: body.jti });
      }
      case 'POST /records': {
        // The member is the token's: nobody can write another member's records.
        const body = parse(RecordsBody, await readJson(request));
        const added = new Set(await insertRecords(db, claims.sub, body.records));
        // Stored first, answered after the calendar is matched (a failed match is logged, never a lost record).
        await onNewRecords(body.records.filter((r) => added.has(r.id))).catch((error: unknown) =>
          console.warn('Onbrand team: plan matching', error),
        );
        return send(response, 200, { received: body.records.length, stored: added.size });
      }
      case 'GET /members':
        // Who a slot's owner can be (the planner's calendar); member ids only, to every member of the team.
        return send(response, 200, { members: await teamMembers(db) });
      case 'GET /report': {
        requireRole(claims, ['admin', 'planner', 'reviewer']);
        const from = Number(url.searchParams.get('from'));
        const to = Number(url.searchParams.get('to'));
        if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to)
          throw new HttpError(400, 'invalid-period');
        const members = url.searchParams.get('members')?.split(',').filter(Boolean);
        return send(response, 200, await teamReport(db, { from, to, members, now: Date.now() }));
      }
      default:
        throw new HttpError(404, 'not-found');
    }
  }

  /** Hocuspocus' onRequest hook: answers and rejects with null, so Hocuspocus' default page is not sent. */
  return async function onRequest({
    request,
    response,
  }: {
    request: IncomingMessage;
    response: ServerResponse;
  }) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (request.method === 'OPTIONS') send(response, 204, {});
      else await route(request, response, url);
    } catch (error) {
      if (error instanceof HttpError) send(response, error.status, { error: error.reason });
      else {
        console.error('team server: request failed', error);
        send(response, 500, { error: 'server-error' });
      }
    }
    throw null;
  };
}
