import { startFixtureServer } from './fixture-server';
import { DEMO_ROOT, FIXTURES_DIST } from './paths';

// One fixture server for the whole run, on the real HTTPS/HTTP ports so URLs look exactly like the sites'.
export default async function globalSetup() {
  const server = await startFixtureServer([FIXTURES_DIST, DEMO_ROOT]);
  return () => server.close();
}
