import { customers, eq, owners, sql, users, type Database } from '@salon/db';
import { DEMO_USERS, type DemoUser } from './demo-data/users';
import { lookup } from './lookup';

/** The ids a demo person ended up with. */
export type SeededPerson = { userId: string; ownerId?: string; customerId?: string };

/**
 * Inserts the demo users and their owner or customer profiles. A user who already signed in
 * before seeding (created just in time, no profile yet) is kept and completed, not duplicated.
 */
export async function insertPeople(db: Database): Promise<Map<string, SeededPerson>> {
  const people = new Map<string, SeededPerson>();
  for (const person of DEMO_USERS) {
    const userId = await upsertUser(db, person);
    const profile =
      person.role === 'owner'
        ? { ownerId: await ensureOwner(db, userId, person) }
        : { customerId: await ensureCustomer(db, userId, person) };
    people.set(person.name, { userId, ...profile });
  }
  return people;
}

async function upsertUser(db: Database, person: DemoUser): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ clerkUserId: person.clerkUserId, email: person.email, displayName: person.displayName, phone: person.phone, roles: [person.role] })
    .onConflictDoUpdate({
      target: users.clerkUserId,
      set: {
        email: sql`coalesce(${users.email}, excluded.email)`,
        displayName: sql`coalesce(${users.displayName}, excluded.display_name)`,
        roles: sql`array(select distinct unnest(${users.roles} || excluded.roles) order by 1)`,
      },
    })
    .returning({ id: users.id });
  if (!row) throw new Error(`could not upsert ${person.clerkUserId}`);
  return row.id;
}

async function ensureOwner(db: Database, userId: string, person: DemoUser): Promise<string> {
  await db
    .insert(owners)
    .values({ userId, businessName: person.businessName ?? person.displayName, phone: person.phone })
    .onConflictDoNothing({ target: owners.userId });
  const [row] = await db.select({ id: owners.id }).from(owners).where(eq(owners.userId, userId));
  if (!row) throw new Error(`no owner profile for ${person.clerkUserId}`);
  return row.id;
}

async function ensureCustomer(db: Database, userId: string, person: DemoUser): Promise<string> {
  await db.insert(customers).values({ userId, phone: person.phone }).onConflictDoNothing({ target: customers.userId });
  const [row] = await db.select({ id: customers.id }).from(customers).where(eq(customers.userId, userId));
  if (!row) throw new Error(`no customer profile for ${person.clerkUserId}`);
  return row.id;
}

/** The owner profile id of a demo person; throws if they are not an owner. */
export function ownerIdOf(people: ReadonlyMap<string, SeededPerson>, name: string): string {
  const { ownerId } = lookup(people, name, 'person');
  if (!ownerId) throw new Error(`demo data names ${name} as an owner, but they are not one`);
  return ownerId;
}

/** The customer profile id of a demo person; throws if they are not a customer. */
export function customerIdOf(people: ReadonlyMap<string, SeededPerson>, name: string): string {
  const { customerId } = lookup(people, name, 'person');
  if (!customerId) throw new Error(`demo data names ${name} as a customer, but they are not one`);
  return customerId;
}
