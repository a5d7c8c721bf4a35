import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { MemberId, Role } from '../lib/team/roles';

// Invitation tokens: `base64url(JSON claims).base64url(HMAC-SHA256(secret, first part))`. Node's crypto does the
// one primitive needed; a JWT library would add algorithm negotiation this server never wants. The token is also
// the member's credential for every connection; revocation is by `jti`, kept in PostgreSQL (see db.ts).

export const Claims = z.object({
  v: z.literal(1),
  jti: z.string().check(z.minLength(8), z.maxLength(100)),
  sub: MemberId,
  role: Role,
  /** Expiry, ms since the epoch. */
  exp: z.number().check(z.int(), z.positive()),
});
export type Claims = z.infer<typeof Claims>;

export type TokenProblem = 'malformed' | 'bad-signature' | 'expired' | 'revoked';

export class TokenError extends Error {
  constructor(readonly problem: TokenProblem) {
    super(`invitation ${problem}`);
  }
}

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

export function issueToken(
  secret: string,
  claims: { sub: string; role: Role; ttlMs: number },
  now = Date.now(),
): { token: string; claims: Claims } {
  const full = Claims.parse({
    v: 1,
    jti: randomUUID(),
    sub: claims.sub,
    role: claims.role,
    exp: now + claims.ttlMs,
  });
  const body = Buffer.from(JSON.stringify(full)).toString('base64url');
  return { token: `${body}.${sign(secret, body)}`, claims: full };
}

/** Checks signature and expiry (not revocation, which needs the database). Throws TokenError. */
export function verifyToken(secret: string, token: string, now = Date.now()): Claims {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw new TokenError('malformed');
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new TokenError('bad-signature');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('malformed');
  }
  const claims = Claims.safeParse(parsed);
  if (!claims.success) throw new TokenError('malformed');
  if (claims.data.exp <= now) throw new TokenError('expired');
  return claims.data;
}
