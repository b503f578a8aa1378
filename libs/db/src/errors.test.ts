import { constraintName, isExclusionViolation, isForeignKeyViolation, isUniqueViolation, pgErrorCode } from './errors';
import { owners } from './schema/owners';
import { users } from './schema/users';
import { weeklyHours } from './schema/weekly-hours';
import { makeShop, makeUser, useTestDatabase } from './testing';

async function failure(attempt: Promise<unknown>): Promise<unknown> {
  return attempt.then(
    () => {
      throw new Error('expected the query to fail');
    },
    (err: unknown) => err,
  );
}

describe('error helpers on synthetic errors', () => {
  const pgliteLike = { code: '23505', severity: 'ERROR', constraint: 'users_clerk_user_id_unique' };
  const postgresJsLike = { code: '23P01', severity: 'ERROR', constraint_name: 'booking_holds_staff_no_overlap' };

  it.each([
    ['the error itself', pgliteLike, '23505'],
    ['a DrizzleQueryError-style cause', new Error('Failed query', { cause: pgliteLike }), '23505'],
    ['a cause two levels down (AppError wrapping Drizzle)', new Error('x', { cause: new Error('y', { cause: postgresJsLike }) }), '23P01'],
    ['a Node error with a five-letter code', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }), undefined],
    ['a string', 'boom', undefined],
    ['null', null, undefined],
  ])('pgErrorCode reads %s', (_label, err, expected) => {
    expect(pgErrorCode(err)).toBe(expected);
  });

  it('reads the constraint name under either driver spelling', () => {
    expect(constraintName(new Error('x', { cause: pgliteLike }))).toBe('users_clerk_user_id_unique');
    expect(constraintName(new Error('x', { cause: postgresJsLike }))).toBe('booking_holds_staff_no_overlap');
    expect(constraintName(new Error('x'))).toBeUndefined();
  });

  it('stops on a cause cycle', () => {
    const a: { cause?: unknown } = {};
    a.cause = a;
    expect(pgErrorCode(a)).toBeUndefined();
  });
});

// Real driver errors (PGlite by default, postgres.js with DATABASE_URL), as Drizzle throws them.
describe('error helpers on real database errors', () => {
  const handle = useTestDatabase();

  it('recognises a unique violation and names its constraint', async () => {
    const user = await makeUser(handle().db);
    const err = await failure(handle().db.insert(users).values({ clerkUserId: user.clerkUserId }));
    expect(pgErrorCode(err)).toBe('23505');
    expect(isUniqueViolation(err)).toBe(true);
    expect(isExclusionViolation(err)).toBe(false);
    expect(constraintName(err)).toBe('users_clerk_user_id_unique');
  });

  it('recognises a foreign key violation and names its constraint', async () => {
    const err = await failure(
      handle().db.insert(owners).values({ userId: '00000000-0000-4000-8000-000000000000', businessName: 'Ghost' }),
    );
    expect(isForeignKeyViolation(err)).toBe(true);
    expect(constraintName(err)).toBe('owners_user_id_users_id_fk');
  });

  it('reports a CHECK violation as 23514 with its name', async () => {
    const shop = await makeShop(handle().db);
    const err = await failure(
      handle().db.insert(weeklyHours).values({ shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO', startLocal: '9:00', endLocal: '17:00' }),
    );
    expect(pgErrorCode(err)).toBe('23514');
    expect(constraintName(err)).toBe('weekly_hours_start_local_format');
  });
});
