import { type Database } from '@salon/db';
import { findOwnedService, toOwnerService } from './service-view';

/** One of the caller's services (GET /services/:id). */
export async function getService({ ctx, input }: { ctx: { db: Database; ownerId: string }; input: { id: string } }) {
  const { service, currency } = await findOwnedService(ctx, input.id);
  return toOwnerService(service, currency);
}
