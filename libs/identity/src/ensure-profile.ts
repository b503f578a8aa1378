import { customers, eq, owners, sql, users, type Database, type Transaction } from '@salon/db';
import { type Role } from './context';

type ProfileInput = { userId: string; role: Role; businessName?: string; phone?: string };

/**
 * Creates the owner or customer profile if it does not exist yet and adds the role.
 * Safe to run twice at once: both inserts are ON CONFLICT DO NOTHING.
 * @returns true when this call created the profile, false when it already existed.
 */
export async function ensureProfile(db: Database | Transaction, input: ProfileInput): Promise<boolean> {
  return db.transaction(async (tx) => {
    let created: { id: string }[];
    if (input.role === 'owner') {
      created = await tx
        .insert(owners)
        .values({ userId: input.userId, businessName: input.businessName ?? 'My salon', phone: input.phone ?? null })
        .onConflictDoNothing({ target: owners.userId })
        .returning({ id: owners.id });
    } else {
      created = await tx
        .insert(customers)
        .values({ userId: input.userId, phone: input.phone ?? null })
        .onConflictDoNothing({ target: customers.userId })
        .returning({ id: customers.id });
    }
    await tx
      .update(users)
      .set({ roles: sql`array(select distinct unnest(${users.roles} || array[${input.role}]::text[]) order by 1)` })
      .where(eq(users.id, input.userId));
    return created.length > 0;
  });
}
