// storage.local keys of what the team's mirror leaves there (lib/team/mirror.ts writes them). Their own module so
// extension pages (the popup among them) read them without bundling the mirror's schemas, like sync-status.ts.

/** storage.local: which ids came from the team (so they can be replaced or removed on the next sync). */
export const MIRROR_KEY = 'team.mirror';
/** storage.local: the shared review requests and the kits' review policies, for the dashboard and the gate. */
export const TEAM_REVIEWS_KEY = 'team.reviews';

export interface MirrorIds {
  slots: string[];
  templates: string[];
}

export const emptyMirror = (): MirrorIds => ({ slots: [], templates: [] });
