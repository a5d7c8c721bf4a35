import * as z from 'zod/mini';

// The four team roles. The server enforces them (lib/team/policy.ts is the one rulebook both sides read);
// the extension only uses them to hide buttons a role could not use anyway.
export const ROLES = ['admin', 'planner', 'reviewer', 'member'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** A member id as it appears in tokens, records and review requests. */
export const MemberId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9._@-]{1,100}$/, 'member id: letters, digits, . _ @ - only'));
export type MemberId = z.infer<typeof MemberId>;

/**
 * The roles that steer publishing: they switch the team's crisis pause (lib/team/policy.ts `WRITERS.pause`; here so
 * the popup can tell without loading the rulebook's schemas).
 */
export const STEERING_ROLES: readonly Role[] = ['admin', 'planner', 'reviewer'];

/** The refusal of a role that may not write a document at all (the server's words; policy.ts judges it). */
export const roleRefusal = (doc: string, role: Role) =>
  `${doc}: the ${role} role may not change this document`;

/** The role a refusal in roleRefusal's words names (anywhere in an error's text), for a localized message. */
export function refusedRole(message: string): Role | undefined {
  const role = / the (\w+) role may not change this document/.exec(message)?.[1];
  return ROLES.find((r) => r === role);
}
