import { type Database } from '@salon/db';
import { actorOf } from '@salon/http';
import { type Actor, type IdentityContext } from '@salon/identity';
import { type Response } from 'express';

/**
 * What every owner use case runs with: the database, the one clock, and the caller's owner id.
 * Routes declared `auth('owner')` only reach a handler with an owner profile, so `ownerId` is set.
 */
export type OwnerContext = { db: Database; now: () => Date; ownerId: string; userId: string };

/** The owner context of this request, built from the app's context and the resolved caller. */
export function ownerContextOf(ctx: IdentityContext, res: Response): OwnerContext {
  const actor = actorOf<Actor>(res);
  if (!actor.ownerId) throw new Error('owner route reached without an owner profile');
  return { db: ctx.db, now: ctx.now, ownerId: actor.ownerId, userId: actor.userId };
}
