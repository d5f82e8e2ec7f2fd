// The global set-up of the sync specs on PostgreSQL + Redis (playwright.sync-scale.config.ts):
// builds the sync server, installs and starts a throwaway PostgreSQL and Redis
// (server/testing/scale/debian-services.ts) for the run, and stops them at its end. The workers
// find their addresses in the environment; each test makes a database of its own.
import {
  ensureDebianPackages,
  startPostgres,
  startRedis,
} from '../../server/testing/scale/debian-services';
import { ensureSyncServerBuilt } from '../support/sync-server-build';

export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureSyncServerBuilt();
  ensureDebianPackages();
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  process.env.HALLWAY_SCALE_POSTGRES_URL = postgres.url;
  process.env.HALLWAY_SCALE_REDIS_URL = redis.url;
  return async () => {
    await Promise.all([redis.stop(), postgres.stop()]);
  };
}
