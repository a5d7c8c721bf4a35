import type { Db } from './db';
import { isRevoked } from './db';
import { TokenError, verifyToken, type Claims } from './tokens';

/** Signature, expiry and revocation: the full check every connection and HTTP request goes through. */
export async function authenticate(db: Db, secret: string, token: string | undefined): Promise<Claims> {
  if (!token) throw new TokenError('malformed');
  const claims = verifyToken(secret, token);
  if (await isRevoked(db, claims.jti)) throw new TokenError('revoked');
  return claims;
}

/** The reason string clients see for each token problem (lib/team maps these to bilingual messages). */
export const AUTH_REASONS = {
  malformed: 'invitation-invalid',
  'bad-signature': 'invitation-invalid',
  expired: 'invitation-expired',
  revoked: 'invitation-revoked',
} as const;
