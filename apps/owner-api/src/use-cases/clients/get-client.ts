import { type Database } from '@salon/db';
import { loadOwnerProfile } from './owner-profile-view';

/** The caller's owner profile (GET /clients/me). */
export async function getClient({ ctx }: { ctx: { db: Database; ownerId: string }; input?: undefined }) {
  return loadOwnerProfile(ctx.db, ctx.ownerId);
}
