// storage.local: the sync loop's state (connected / connecting / disconnected, and the last problem), written by
// the background (lib/team/background.ts) and shown by the dashboard's Team tab. Its own module so extension
// pages read it without bundling the sync loop.
export const SYNC_STATUS_KEY = 'team.sync';
