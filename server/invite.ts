import { configFromEnv } from './config';
import { migrate, openDb, recordInvitation } from './db';
import { issueToken } from './tokens';
import { ROLES, type Role } from '../lib/team/roles';

// The first invitation (usually the admin's) straight from the secret: `tsx server/invite.ts <member> <role> [hours]`.
// Later invitations come from an admin through POST /invitations.
const [member, role, hours = '168'] = process.argv.slice(2);
if (!member || !(ROLES as readonly string[]).includes(role)) {
  console.error(`usage: tsx server/invite.ts <member> <${ROLES.join('|')}> [hours]`);
  process.exit(2);
}
const config = configFromEnv();
const db = openDb(config.databaseUrl);
await migrate(db);
const { token, claims } = issueToken(config.secret, {
  sub: member,
  role: role as Role,
  ttlMs: Number(hours) * 3_600_000,
});
await recordInvitation(db, claims.jti, member, role, claims.exp, 'cli');
await db.end();
console.log(token);
