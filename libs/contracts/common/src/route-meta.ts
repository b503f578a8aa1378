/**
 * Who may call a route. The HTTP edge reads this from `req.tsRestRoute.metadata`, so
 * authentication is declared once in the contract and never re-checked by hand in handlers.
 * - public: no token needed
 * - user: any signed-in person
 * - owner: a signed-in person with an owner profile
 * - customer: a signed-in person; the customer profile is created on first use
 */
export type RouteAuth = 'public' | 'user' | 'owner' | 'customer';

export type RouteMeta = { auth: RouteAuth };

/** @example metadata: auth('owner') */
export const auth = (who: RouteAuth) => ({ auth: who }) as const satisfies RouteMeta;

export function routeAuthOf(metadata: unknown): RouteAuth | undefined {
  if (typeof metadata !== 'object' || metadata === null || !('auth' in metadata)) return undefined;
  const value = (metadata as { auth: unknown }).auth;
  return value === 'public' || value === 'user' || value === 'owner' || value === 'customer' ? value : undefined;
}
