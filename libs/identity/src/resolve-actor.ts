import { parseBearerToken, type VerifiedSession } from '@salon/auth';
import { users } from '@salon/db';
import { AppError, ForbiddenError, UnauthenticatedError } from '@salon/errors';
import { type Actor, type IdentityContext, type Role } from './context';
import { ensureProfile } from './ensure-profile';
import { loadActorRow, loadSessionActor } from './load-actor';

export type Requirement = 'user' | 'owner' | 'customer';

/**
 * Turns an Authorization header into the caller, or refuses with 401/403.
 * The first request of a new Clerk user creates the local user (just in time), with the
 * profile the token's role hint names; customer routes create the customer profile on first use.
 */
export async function resolveActor({
  ctx,
  input,
}: {
  ctx: IdentityContext;
  input: { authorization: string | undefined; requirement: Requirement };
}): Promise<Actor> {
  const session = await verifySession(ctx, input.authorization);
  // Revocation and the user with their profiles: one round trip on every authenticated request.
  const { isRevoked, row: known } = await loadSessionActor(ctx.db, { clerkUserId: session.clerkUserId, sessionId: session.sessionId });
  if (isRevoked) throw new UnauthenticatedError('This session has been signed out. Sign in again.');

  const first = known ? { row: known, created: [] } : await createUser(ctx, session);
  const profilesCreated: Role[] = [...first.created];
  let row = first.row;
  if (!row.isActive) throw new ForbiddenError('This account is disabled.');
  if (input.requirement === 'customer' && !row.customerId) {
    if (await ensureProfile(ctx.db, { userId: row.userId, role: 'customer' })) profilesCreated.push('customer');
    row = (await loadActorRow(ctx.db, session.clerkUserId)) ?? row;
  }
  if (input.requirement === 'owner' && !row.ownerId) {
    throw new ForbiddenError('Only salon owners can do this. Register as an owner first (POST /api/v1/auth/register).');
  }
  const { isActive: _isActive, ...actor } = row;
  return { ...actor, profilesCreated, sessionId: session.sessionId, sessionExpiresAt: session.expiresAt };
}

async function verifySession(ctx: IdentityContext, authorization: string | undefined): Promise<VerifiedSession> {
  const token = parseBearerToken(authorization);
  if (!token.ok) throw new UnauthenticatedError(token.error.message);
  const verified = await ctx.verifier.verify(token.value);
  if (!verified.ok) throw new UnauthenticatedError(verified.error.message);
  return verified.value;
}

/** Creates the user and the profile its token hints; `created` names the profile if this call made it. */
async function createUser(ctx: IdentityContext, session: VerifiedSession) {
  // User and profile commit together: a concurrent request sees neither or both, never a user
  // without the profile its token asks for. A loser of the insert race waits for the winner.
  const created = await ctx.db.transaction(async (tx): Promise<Role[]> => {
    const [inserted] = await tx
      .insert(users)
      .values({ clerkUserId: session.clerkUserId, email: session.email ?? null, displayName: session.name ?? null, roles: [] })
      .onConflictDoNothing({ target: users.clerkUserId })
      .returning({ id: users.id });
    if (!inserted || !session.roleHint) return [];
    const isNew = await ensureProfile(tx, { userId: inserted.id, role: session.roleHint, businessName: session.name });
    return isNew ? [session.roleHint] : [];
  });
  const row = await loadActorRow(ctx.db, session.clerkUserId);
  if (!row) throw new AppError('internal', 'Could not load the new user.');
  return { row, created };
}
