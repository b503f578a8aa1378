import { eq, favorites, owners, sql, users, withTransaction, type Database } from '@salon/db';
import { DEMO_BOOKINGS } from './demo-data/bookings';
import { AMERICAS_SHOPS } from './demo-data/shops-americas';
import { ASIA_PACIFIC_SHOPS } from './demo-data/shops-asia-pacific';
import { EUROPE_SHOPS } from './demo-data/shops-europe';
import { LONDON_SHOPS } from './demo-data/shops-london';
import { type DemoShop } from './demo-data/types';
import { insertBookings } from './insert-bookings';
import { customerIdOf, insertPeople, ownerIdOf, type SeededPerson } from './insert-people';
import { insertShop, type SeededShop } from './insert-shop';
import { insertSubscriptions } from './insert-subscriptions';
import { lookup } from './lookup';

/** The thirteen demo shops (seven in central London), in six time zones and five currencies. */
export const DEMO_SHOPS: readonly DemoShop[] = [...EUROPE_SHOPS, ...LONDON_SHOPS, ...AMERICAS_SHOPS, ...ASIA_PACIFIC_SHOPS];

/** Clerk id of the demo owner: once she has an owner profile, the seed leaves the database alone. */
const DEMO_MARKER_CLERK_ID = 'user_olivia';
/** Serialises two seeders started at once (any fixed number; two-key space 1002). */
const SEED_LOCK = sql`pg_advisory_xact_lock(1002, 1)`;

/** Favourite shops of some demo customers. */
const DEMO_FAVORITES: Record<string, string[]> = {
  sam: ['willow-wave', 'marylebone-barber'],
  alex: ['hudson-fade'],
  jordan: ['harbour-glow'],
  casey: ['kesari', 'indiranagar-style'],
};

/**
 * Fills a migrated database with demo data: 3 owners, 5 customers, 13 shops with services, staff (some at their own prices),
 * hours, overrides and time off, demo plans (olivia Premium, marcus Basic, sam Premium, alex Basic; the rest Free), and about 20 bookings in the 14 days after `now` (computed in each
 * shop's zone). One transaction; does nothing when the demo owner `user_olivia` already has a
 * profile, so it is safe to run on every start.
 *
 * @example
 * const { created } = await seedDemoData(handle.db, { now: new Date() });
 */
export async function seedDemoData(db: Database, opts: { now: Date }): Promise<{ created: boolean }> {
  return withTransaction({ db }, async (tx) => {
    await tx.execute(sql`select ${SEED_LOCK}`);
    if (await isSeeded(tx)) return { created: false };
    const people = await insertPeople(tx);
    const shopsByKey = new Map<string, SeededShop>();
    for (const spec of DEMO_SHOPS) {
      shopsByKey.set(spec.key, await insertShop(tx, spec, ownerIdOf(people, spec.owner), opts.now));
    }
    await insertBookings(tx, DEMO_BOOKINGS, shopsByKey, people, opts.now);
    await insertFavorites(tx, people, shopsByKey);
    await insertSubscriptions(tx, people, opts.now);
    return { created: true };
  });
}

async function isSeeded(db: Database): Promise<boolean> {
  const rows = await db
    .select({ id: owners.id })
    .from(owners)
    .innerJoin(users, eq(users.id, owners.userId))
    .where(eq(users.clerkUserId, DEMO_MARKER_CLERK_ID))
    .limit(1);
  return rows.length > 0;
}

async function insertFavorites(
  db: Database,
  people: ReadonlyMap<string, SeededPerson>,
  shopsByKey: ReadonlyMap<string, SeededShop>,
): Promise<void> {
  const rows = Object.entries(DEMO_FAVORITES).flatMap(([name, shopKeys]) =>
    shopKeys.map((key) => ({ customerId: customerIdOf(people, name), shopId: lookup(shopsByKey, key, 'shop').id })),
  );
  await db.insert(favorites).values(rows);
}
