import { Server, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { isTeamDocument } from '../lib/team/documents';
import { mayWrite } from '../lib/team/policy';
import { AUTH_REASONS, authenticate } from './auth';
import type { TeamConfig } from './config';
import { fetchDocument, migrate, openDb, storeDocument, type Db } from './db';
import { judgeUpdate, updateOf } from './guard';
import { createRequestHandler } from './http';
import { matchSharedSlots } from './plan-match';
import { TokenError, type Claims } from './tokens';

// One team server instance: Hocuspocus with PostgreSQL persistence, Redis when configured (more than one instance
// behind a load balancer), invitation auth, role rules on every update, and the HTTP routes of http.ts.

export const REFUSED_CLOSE_CODE = 4403;

export interface TeamServer {
  server: Server;
  db: Db;
  port: number;
  stop(): Promise<void>;
}

interface Context {
  claims: Claims;
}

export async function startTeamServer(config: TeamConfig): Promise<TeamServer> {
  const db = openDb(config.databaseUrl);
  await migrate(db);
  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => fetchDocument(db, documentName),
      store: ({ documentName, state }) => storeDocument(db, documentName, state),
    }),
  ];
  if (config.redis)
    extensions.push(new Redis({ host: config.redis.host, port: config.redis.port, identifier: config.name }));

  const server: Server = new Server({
    name: config.name,
    port: config.port,
    address: config.host,
    quiet: true,
    debounce: 200,
    maxDebounce: 1000,
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig }) {
      if (!isTeamDocument(documentName)) throw { reason: 'unknown-document' };
      let claims: Claims;
      try {
        claims = await authenticate(db, config.secret, token);
      } catch (error) {
        if (error instanceof TokenError) throw { reason: AUTH_REASONS[error.problem] };
        throw error;
      }
      // A role that may not write this document at all gets a read-only connection.
      connectionConfig.readOnly = !mayWrite(documentName, claims.role);
      return { claims } satisfies Context;
    },
    async beforeHandleMessage({ update, document, documentName, context, connection }) {
      const incoming = updateOf(update);
      if (!incoming) return;
      const { claims } = context as Context;
      const reason = judgeUpdate(documentName, document, incoming, { member: claims.sub, role: claims.role });
      if (!reason) return;
      // The full reason as a stateless message (a close reason is limited to 123 bytes), then the close.
      connection.sendStateless(JSON.stringify({ type: 'refused', reason }));
      throw { code: REFUSED_CLOSE_CODE, reason: `refused: ${reason}`.slice(0, 120) };
    },
    onRequest: createRequestHandler(db, config.secret, (records) =>
      matchSharedSlots(server.hocuspocus, records),
    ),
  });
  await server.listen();
  return {
    server,
    db,
    port: server.address.port,
    async stop() {
      // Keep-alive sockets outlive httpServer.close(): end them, so no request reaches a closed pool.
      server.httpServer.closeAllConnections();
      await server.destroy();
      server.httpServer.closeAllConnections();
      await db.end();
    },
  };
}
