import { createTestSigner } from '@salon/auth/testing';
import { count, eq, type DatabaseHandle, users } from '@salon/db';
import { createTestDatabase } from '@salon/db/testing';
import { AppError } from '@salon/errors';
import { createIdentityContext, logout, resolveActor, type IdentityContext } from './index';

describe('resolveActor', () => {
  let database: DatabaseHandle;
  let ctx: IdentityContext;
  const signer = createTestSigner();
  const bearer = async (sub: string, extra: { role?: 'owner' | 'customer'; sid?: string } = {}) =>
    `Bearer ${await signer.sign({ sub, sid: extra.sid ?? `sess_${sub}`, role: extra.role, name: 'Pat' })}`;
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'ok',
      (error: unknown) => (error instanceof AppError ? error.code : 'thrown'),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = createIdentityContext({ db: database.db, now: () => new Date(), clerk: { jwtKey: signer.publicKeyPem } });
  });
  afterAll(() => database.close());

  it('creates one user when a new person sends ten first requests at once', async () => {
    const authorization = await bearer('user_burst', { role: 'owner' });
    const actors = await Promise.all(
      Array.from({ length: 10 }, () => resolveActor({ ctx, input: { authorization, requirement: 'user' } })),
    );
    expect(new Set(actors.map((actor) => actor.userId)).size).toBe(1);
    expect(new Set(actors.map((actor) => actor.ownerId)).size).toBe(1);
    const [row] = await database.db.select({ n: count() }).from(users).where(eq(users.clerkUserId, 'user_burst'));
    expect(row?.n).toBe(1);
  });

  it('refuses owner routes to someone without an owner profile, and creates the customer profile on first use', async () => {
    const authorization = await bearer('user_shopper');
    expect(await codeOf(resolveActor({ ctx, input: { authorization, requirement: 'owner' } }))).toBe('forbidden');
    const customer = await resolveActor({ ctx, input: { authorization, requirement: 'customer' } });
    expect(customer.customerId).toEqual(expect.any(String));
    expect(customer.roles).toEqual(['customer']);
  });

  it('says which profile a request created just in time, so POST /customers can answer 201 once', async () => {
    const hinted = await bearer('user_hinted', { role: 'customer' });
    const first = await resolveActor({ ctx, input: { authorization: hinted, requirement: 'user' } });
    const again = await resolveActor({ ctx, input: { authorization: hinted, requirement: 'customer' } });
    expect([first.profilesCreated, again.profilesCreated]).toEqual([['customer'], []]);

    const plain = await bearer('user_plain');
    const racers = await Promise.all(
      Array.from({ length: 5 }, () => resolveActor({ ctx, input: { authorization: plain, requirement: 'customer' } })),
    );
    expect(racers.filter((actor) => actor.profilesCreated.includes('customer'))).toHaveLength(1);
  });

  it('refuses a revoked session and a disabled account', async () => {
    const authorization = await bearer('user_gone', { sid: 'sess_gone' });
    const actor = await resolveActor({ ctx, input: { authorization, requirement: 'user' } });
    await logout({ ctx, input: { actor } });
    await logout({ ctx, input: { actor } }); // twice is fine
    expect(await codeOf(resolveActor({ ctx, input: { authorization, requirement: 'user' } }))).toBe('unauthenticated');

    const other = await bearer('user_banned');
    await resolveActor({ ctx, input: { authorization: other, requirement: 'user' } });
    await database.db.update(users).set({ isActive: false }).where(eq(users.clerkUserId, 'user_banned'));
    expect(await codeOf(resolveActor({ ctx, input: { authorization: other, requirement: 'user' } }))).toBe('forbidden');
  });
});
