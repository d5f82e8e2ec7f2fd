// Live updates between server processes (REDIS_URL): Hocuspocus' Redis extension publishes every
// change of a document to the processes that hold it, so a client of process 2 sees an edit made
// through process 1 at once. Its store lock is left out: with it, a process whose store found the
// lock taken would skip that store; the PostgreSQL store merges concurrent stores instead
// (storage/postgres-document-store.ts), so every process stores what it received.
import { Redis } from '@hocuspocus/extension-redis';

class RedisFanOut extends Redis {
  override async onStoreDocument() {}
  override async afterStoreDocument() {}
}

/** The extension for a `redis://[user:password@]host[:port][/db]` URL (`rediss://` for TLS). */
export function redisFanOut(redisUrl: string): Redis {
  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, not ${url.protocol}`);
  }
  return new RedisFanOut({
    host: url.hostname,
    port: Number(url.port || 6379),
    prefix: 'hallway',
    options: {
      username: decodeURIComponent(url.username) || undefined,
      password: decodeURIComponent(url.password) || undefined,
      db: Number(url.pathname.slice(1) || 0),
      tls: url.protocol === 'rediss:' ? {} : undefined,
    },
  });
}

/** The Redis address without a password, for the start-up line. */
export const describeRedis = (redisUrl: string) => {
  const { protocol, host, pathname } = new URL(redisUrl);
  return `${protocol}//${host}${pathname}`;
};
