import { and, eq, idempotencyKeys, type Database } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';
import { AppError } from '@salon/errors';
import { requestHashOf } from './request-hash';
import { runIdempotent } from './run-idempotent';

const database = useTestDatabase();
let clock = new Date('2026-06-01T12:00:00Z');
const ctx = () => ({ db: database().db, now: () => clock });
const rowOf = async (scope: string, key: string) =>
  (await database().db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key))))[0];

/** A unit of work that counts its runs and stores its response in its own transaction. */
const work = (runs: { count: number }, status = 201) => async (store: (db: Database, r: { status: number; body: unknown }) => Promise<void>) => {
  runs.count += 1;
  const response = { status, body: { run: runs.count } };
  await database().db.transaction(async (tx) => store(tx as unknown as Database, response));
  return response;
};

describe('runIdempotent', () => {
  it('hashes canonical JSON: key order does not matter, values do', () => {
    expect(requestHashOf({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(requestHashOf({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(requestHashOf({ a: 1 })).not.toBe(requestHashOf({ a: 2 }));
    expect(requestHashOf({ a: [1, 2] })).not.toBe(requestHashOf({ a: [2, 1] }));
  });

  it('runs once per key and body, and replays the stored status and body', async () => {
    const runs = { count: 0 };
    const input = { scope: 's:1', key: 'k1', body: { x: 1 } };
    expect(await runIdempotent({ ctx: ctx(), input, run: work(runs) })).toEqual({ status: 201, body: { run: 1 }, isReplay: false });
    expect(await runIdempotent({ ctx: ctx(), input, run: work(runs) })).toEqual({ status: 201, body: { run: 1 }, isReplay: true });
    expect(runs.count).toBe(1);
    expect(await rowOf('s:1', 'k1')).toMatchObject({ status: 'completed', expiresAt: new Date('2026-06-02T12:00:00Z') });
  });

  it('keeps scopes apart, refuses another body (422) and a running duplicate (409)', async () => {
    const runs = { count: 0 };
    await runIdempotent({ ctx: ctx(), input: { scope: 's:2', key: 'k', body: { x: 1 } }, run: work(runs) });
    await runIdempotent({ ctx: ctx(), input: { scope: 's:3', key: 'k', body: { x: 1 } }, run: work(runs) });
    expect(runs.count).toBe(2);
    await expect(runIdempotent({ ctx: ctx(), input: { scope: 's:2', key: 'k', body: { x: 2 } }, run: work(runs) })).rejects.toMatchObject({ code: 'idempotency_key_reused' });
    await database().db.insert(idempotencyKeys).values({ scope: 's:4', key: 'k', requestHash: requestHashOf({ x: 1 }), expiresAt: new Date('2026-06-02T00:00:00Z') });
    await expect(runIdempotent({ ctx: ctx(), input: { scope: 's:4', key: 'k', body: { x: 1 } }, run: work(runs) })).rejects.toMatchObject({ code: 'idempotency_in_progress' });
    expect(runs.count).toBe(2);
  });

  it('stores a 4xx the caller maps and replays it; a crash frees the key so a retry runs', async () => {
    const errorResponse = (error: unknown) => (error instanceof AppError ? { status: 409, body: { error: error.code } } : undefined);
    const refused = async () => { throw new AppError('slot_unavailable', 'taken'); };
    const input = { scope: 's:5', key: 'k', body: {} };
    await expect(runIdempotent({ ctx: ctx(), input, run: refused, errorResponse })).rejects.toMatchObject({ code: 'slot_unavailable' });
    expect(await runIdempotent({ ctx: ctx(), input, run: work({ count: 0 }), errorResponse })).toEqual({ status: 409, body: { error: 'slot_unavailable' }, isReplay: true });
    const crash = async () => { throw new Error('boom'); };
    const crashed = { scope: 's:6', key: 'k', body: {} };
    await expect(runIdempotent({ ctx: ctx(), input: crashed, run: crash, errorResponse })).rejects.toThrow('boom');
    expect(await rowOf('s:6', 'k')).toBeUndefined();
    expect(await runIdempotent({ ctx: ctx(), input: crashed, run: work({ count: 0 }) })).toMatchObject({ status: 201, isReplay: false });
  });

  it('takes over a key after 24 hours, even with another body', async () => {
    const runs = { count: 0 };
    await runIdempotent({ ctx: ctx(), input: { scope: 's:7', key: 'k', body: { x: 1 } }, run: work(runs) });
    clock = new Date('2026-06-02T12:00:00Z');
    try {
      expect(await runIdempotent({ ctx: ctx(), input: { scope: 's:7', key: 'k', body: { x: 2 } }, run: work(runs) })).toMatchObject({ isReplay: false });
      expect(runs.count).toBe(2);
    } finally {
      clock = new Date('2026-06-01T12:00:00Z');
    }
  });

  it('runs without a key every time', async () => {
    const runs = { count: 0 };
    await runIdempotent({ ctx: ctx(), input: { scope: 's:8', key: undefined, body: {} }, run: work(runs) });
    await runIdempotent({ ctx: ctx(), input: { scope: 's:8', key: undefined, body: {} }, run: work(runs) });
    expect(runs.count).toBe(2);
  });
});
