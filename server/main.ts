import { configFromEnv } from './config';
import { startTeamServer } from './team-server';

// Production entry: every setting from the environment (README.md).
const config = configFromEnv();
const team = await startTeamServer(config);
console.log(
  `onbrand team server ${config.name} on ${config.host}:${team.port}${config.redis ? ' with Redis' : ''}`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    team.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
