import { AppError } from '@salon/errors';
import { type Plan } from '@salon/db';

/**
 * 403 plan_limit_reached. The error envelope's details carry `{ path, message }` pairs, so the
 * numbers go there as `limit` and `current` and each plan that allows more as `upgradeTo` (its id).
 */
export function planLimitReached(what: string, args: { plan: Plan; limit: number | null; current: number; better: Plan[]; message?: string }): AppError {
  const limitText = args.limit === null ? '' : ` (${args.limit})`;
  const message = args.message ?? `Your ${args.plan.name} plan does not allow more ${what}${limitText}. Upgrade to do this.`;
  return new AppError('plan_limit_reached', message, {
    details: [
      { path: 'plan', message: args.plan.id },
      ...(args.limit === null ? [] : [{ path: 'limit', message: String(args.limit) }]),
      { path: 'current', message: String(args.current) },
      ...args.better.map((plan) => ({ path: 'upgradeTo', message: plan.id })),
    ],
  });
}
