import { customers } from '../../schema/customers';
import { owners } from '../../schema/owners';
import { users } from '../../schema/users';
import { type Customer, type Database, type NewCustomer, type NewOwner, type NewUser, type Owner, type User } from '../../types';
import { singleRow, uniqueSuffix } from './unique';

/** Inserts a user with a unique Clerk id and email; `overrides` win. */
export async function makeUser(db: Database, overrides: Partial<NewUser> = {}): Promise<User> {
  const suffix = uniqueSuffix();
  return singleRow(
    await db
      .insert(users)
      .values({ clerkUserId: `user_test_${suffix}`, email: `user-${suffix}@example.test`, displayName: `Test user ${suffix}`, ...overrides })
      .returning(),
  );
}

/** Inserts an owner profile and, unless `userId` is given, its user (roles ['owner']). */
export async function makeOwner(db: Database, overrides: Partial<NewOwner> = {}): Promise<Owner> {
  const userId = overrides.userId ?? (await makeUser(db, { roles: ['owner'] })).id;
  return singleRow(await db.insert(owners).values({ businessName: 'Test Salons Ltd', ...overrides, userId }).returning());
}

/** Inserts a customer profile and, unless `userId` is given, its user (roles ['customer']). */
export async function makeCustomer(
  db: Database,
  overrides: Partial<NewCustomer> = {},
): Promise<Customer> {
  const userId = overrides.userId ?? (await makeUser(db, { roles: ['customer'] })).id;
  return singleRow(await db.insert(customers).values({ ...overrides, userId }).returning());
}
