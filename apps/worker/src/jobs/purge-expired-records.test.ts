import { idempotencyKeys, revokedSessions } from '@salon/db';
import { makeUser, useTestDatabase } from '@salon/db/testing';
import { purgeExpiredRecords } from './purge-expired-records';

describe('purgeExpiredRecords', () => {
  const handle = useTestDatabase();

  it('deletes only what has expired, and is safe to run again', async () => {
    const database = handle();
    const now = new Date('2026-11-24T12:00:00Z');
    const before = new Date(now.getTime() - 60_000);
    const after = new Date(now.getTime() + 60_000);
    const user = await makeUser(database.db);
    await database.db.insert(revokedSessions).values([
      { sessionId: 'sess_old', userId: user.id, revokedAt: before, expiresAt: before },
      { sessionId: 'sess_live', userId: user.id, revokedAt: before, expiresAt: after },
    ]);
    const key = { scope: user.id, requestHash: 'h', status: 'completed' as const, createdAt: before };
    await database.db.insert(idempotencyKeys).values([
      { ...key, key: 'old', expiresAt: before },
      { ...key, key: 'live', expiresAt: after },
    ]);
    const ctx = { db: database.db, now: () => now };

    expect(await purgeExpiredRecords({ ctx })).toEqual({ idempotencyKeys: 1, revokedSessions: 1 });
    expect(await purgeExpiredRecords({ ctx })).toEqual({ idempotencyKeys: 0, revokedSessions: 0 });
    const left = await database.db.select({ id: revokedSessions.sessionId }).from(revokedSessions);
    expect(left).toEqual([{ id: 'sess_live' }]);
  });
});
