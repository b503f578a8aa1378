import { subscriptionsContractFor } from '@salon/contracts-common';
import { AppError, isAppError, statusFor } from '@salon/errors';
import { actorOf, rawBodyOf } from '@salon/http';
import { runIdempotent, type StoredResponse } from '@salon/idempotency';
import { type Actor } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { type Request, type Response } from 'express';
import { cancelSubscription, changePlan } from './change-plan';
import { type Audience, type BillingContext } from './context';
import { listPlans } from './effective-plan';
import { handleBillingWebhook } from './handle-webhook';
import { listInvoices } from './list-invoices';
import { startSubscription } from './start-subscription';
import { getMySubscription, toPlanView } from './subscription-view';

const s = initServer();

/**
 * The subscription routes of one side (owner-api: 'owner'): validate (the contract), call a verb.
 * The POSTs run through runIdempotent with the caller's Idempotency-Key (scoped to user and
 * route), and the key also goes on to Stripe.
 */
export function subscriptionRoutes(ctx: BillingContext, audience: Audience) {
  const who = (res: Response) => ({ userId: actorOf<Actor>(res).userId, audience });
  const idempotent = async <T>(req: Request, res: Response, route: string, key: string | undefined, body: unknown, work: () => Promise<{ status: number; body: T }>) => {
    const userId = actorOf<Actor>(res).userId;
    const result = await runIdempotent({
      ctx,
      input: { scope: `${audience}:${userId}:${route}`, key, body: body ?? {} },
      run: async (store) => {
        const response = await work();
        await store(ctx.db, response);
        return response;
      },
      errorResponse: (error): StoredResponse | undefined => {
        if (!isAppError(error) || statusFor(error.code) >= 500) return undefined;
        return { status: statusFor(error.code), body: { error: { code: error.code, message: error.message, details: error.details, requestId: req.requestId ?? 'unknown' } } };
      },
    });
    if (result.isReplay) res.setHeader('Idempotent-Replayed', 'true');
    return result;
  };
  return s.router(subscriptionsContractFor(audience), {
    plans: async () => ({ status: 200, body: { items: (await listPlans({ ctx, input: { audience } })).map(toPlanView) } }),
    start: async ({ headers, body, req, res }) => {
      const key = headers['idempotency-key'];
      const result = await idempotent(req, res, 'POST /subscriptions', key, body, async () => {
        const started = await startSubscription({ ctx, input: { ...who(res), planId: body.planId, idempotencyKey: key } });
        return { status: started.status === 'resumed' ? 200 : 201, body: started };
      });
      return result as { status: 200 | 201; body: Awaited<ReturnType<typeof startSubscription>> };
    },
    me: async ({ res }) => ({ status: 200, body: await getMySubscription({ ctx, input: who(res) }) }),
    upgrade: async ({ headers, body, res }) => ({
      status: 200,
      body: await changePlan({ ctx, input: { ...who(res), planId: body.planId, idempotencyKey: headers['idempotency-key'] } }),
    }),
    cancel: async ({ headers, body, req, res }) => {
      const key = headers['idempotency-key'];
      const result = await idempotent(req, res, 'POST /subscriptions/cancel', key, body, async () => ({
        status: 200,
        body: await cancelSubscription({ ctx, input: { ...who(res), idempotencyKey: key } }),
      }));
      return result as { status: 200; body: Awaited<ReturnType<typeof cancelSubscription>> };
    },
    invoices: async ({ query, res }) => ({ status: 200, body: await listInvoices({ ctx, input: { ...who(res), ...query } }) }),
    webhook: async ({ headers, req }) => {
      const rawBody = rawBodyOf(req);
      if (!rawBody) throw new AppError('validation_failed', 'A webhook needs its JSON body.', { details: [{ path: 'body', message: 'Required.' }] });
      const outcome = await handleBillingWebhook({ ctx, input: { rawBody, signature: headers['stripe-signature'] } });
      return { status: 200, body: { received: true as const, outcome } };
    },
  });
}
