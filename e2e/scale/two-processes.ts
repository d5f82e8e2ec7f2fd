// The sync specs' test with two server processes on PostgreSQL + Redis instead of one on files:
// each test gets a database of its own and two built servers (server/testing/scale/server-process)
// against it and the run's Redis; both servers' origins are the ones its devices may reach.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { freePort } from '../../server/testing/scale/debian-services';
import { ServerProcess } from '../../server/testing/scale/server-process';
import { test as base } from '../support/sync-test';

export const test = base.extend<{ twoProcesses: [ServerProcess, ServerProcess] }>({
  twoProcesses: async ({ syncOrigins }, use) => {
    const admin = process.env.HALLWAY_SCALE_POSTGRES_URL!;
    const database = `hallway_${randomUUID().replaceAll('-', '')}`;
    await runSql(admin, `CREATE DATABASE ${database}`);
    const url = new URL(admin);
    url.pathname = `/${database}`;
    const env = { DATABASE_URL: url.href, REDIS_URL: process.env.HALLWAY_SCALE_REDIS_URL! };
    const [portOne, portTwo] = [await freePort(), await freePort()];
    const processes = await Promise.all([
      ServerProcess.start('process 1', portOne, env),
      ServerProcess.start('process 2', portTwo, env),
    ]);
    for (const server of processes) syncOrigins.add(server.httpUrl);
    await use(processes as [ServerProcess, ServerProcess]);
    await Promise.all(processes.map((server) => server.stop()));
    await runSql(admin, `DROP DATABASE ${database}`);
  },
});

async function runSql(connectionString: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export { expect } from '../support/sync-test';
