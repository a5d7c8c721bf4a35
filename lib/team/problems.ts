import type { MessageKey } from '../i18n';

// Every way connecting to or syncing with the team server can fail, each with its bilingual message
// (lib/i18n/messages/team.ts). Local work always continues; these only explain why it does not sync yet.
export const TEAM_PROBLEMS = [
  'wrong-url',
  'down',
  'expired',
  'revoked',
  'invalid',
  'permission-refused',
  'refused',
  'forbidden',
] as const;
export type TeamProblem = (typeof TEAM_PROBLEMS)[number];

export const PROBLEM_MESSAGES: Record<TeamProblem, MessageKey> = {
  'wrong-url': 'team.problem.wrongUrl',
  down: 'team.problem.down',
  expired: 'team.problem.expired',
  revoked: 'team.problem.revoked',
  invalid: 'team.problem.invalid',
  'permission-refused': 'team.problem.permissionRefused',
  refused: 'team.problem.refused',
  forbidden: 'team.problem.forbidden',
};

/** The server's reason strings (server/auth.ts, server/http.ts) as problems. */
export function problemOfReason(reason: string | undefined): TeamProblem {
  if (reason === 'invitation-expired') return 'expired';
  if (reason === 'invitation-revoked') return 'revoked';
  if (reason === 'invitation-invalid') return 'invalid';
  if (reason?.startsWith('refused')) return 'refused';
  if (reason?.startsWith('forbidden')) return 'forbidden';
  return 'wrong-url';
}

export class TeamError extends Error {
  constructor(
    readonly problem: TeamProblem,
    detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}
