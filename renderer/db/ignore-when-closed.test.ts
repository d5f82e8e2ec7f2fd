import { describe, expect, it } from 'vitest';
import { HallwayDatabase } from './database';
import { ignoreWhenClosed } from './ignore-when-closed';

describe('work a window starts on its own', () => {
  it('ends quietly when the database was closed under it, and fails for anything else', async () => {
    const db = new HallwayDatabase(`closed-${crypto.randomUUID()}`);
    await db.open();
    db.close({ disableAutoOpen: true });

    await expect(
      db.people.count().then(() => undefined, ignoreWhenClosed),
    ).resolves.toBeUndefined();
    await expect(Promise.reject(new Error('disk full')).catch(ignoreWhenClosed)).rejects.toThrow(
      'disk full',
    );
    await db.delete();
  });
});
