import { serveFixtures } from './fixture-server';
import { DEMO_ROOT, FIXTURES_DIST } from './paths';

// One fixture server for the whole run, on the real HTTPS/HTTP ports so URLs look exactly like the sites'.
// Workers inherit a fallback port (if any) through the environment.
export default async function globalSetup() {
  const server = await serveFixtures([FIXTURES_DIST, DEMO_ROOT]);
  return () => server.close();
}
