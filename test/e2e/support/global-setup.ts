import { startFixtureServer, type FixtureServer } from './fixture-server';
import { DEMO_ROOT, FIXTURES_DIST } from './paths';

// One fixture server for the whole run, on the real HTTPS/HTTP ports so URLs look exactly like the sites'.
// When 443 is taken (another run on this machine), fall back to a free port: the browser then maps every host
// to 127.0.0.1:<port> (HTTPS only). Workers inherit the port through the environment.
export default async function globalSetup() {
  let server: FixtureServer;
  try {
    server = await startFixtureServer([FIXTURES_DIST, DEMO_ROOT]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' && (error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
    server = await startFixtureServer([FIXTURES_DIST, DEMO_ROOT], { https: 0, http: 0 });
    process.env.ONBRAND_FIXTURE_PORT = String(server.httpsPort);
    console.log(`Port 443 is busy: fixtures served on 127.0.0.1:${server.httpsPort} instead.`);
  }
  return () => server.close();
}
