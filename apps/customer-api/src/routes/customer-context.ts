import { type Database } from '@salon/db';
import { actorOf } from '@salon/http';
import { type Actor, type IdentityContext } from '@salon/identity';
import { type Response } from 'express';

/**
 * What every customer use case runs with: the database, the one clock, the caller and their
 * customer id. Routes declared `auth('customer')` create the profile before the handler runs,
 * so `customerId` is always set; a use case can only ever reach the caller's own rows.
 */
export type CustomerContext = { db: Database; now: () => Date; actor: Actor; customerId: string };

/** The customer context of this request, built from the app's context and the resolved caller. */
export function customerContextOf(ctx: IdentityContext, res: Response): CustomerContext {
  const actor = actorOf<Actor>(res);
  if (!actor.customerId) throw new Error('customer route reached without a customer profile');
  return { db: ctx.db, now: ctx.now, actor, customerId: actor.customerId };
}
