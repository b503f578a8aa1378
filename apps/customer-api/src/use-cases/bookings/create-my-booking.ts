import { assertCanBook, unlimitedBookingGuard } from '@salon/billing';
import { createBooking } from '@salon/booking';
import { type CreateBookingBody, type CustomerBookingDetail } from '@salon/contracts-customer';
import { type Database } from '@salon/db';
import { isAppError, statusFor } from '@salon/errors';
import { runIdempotent, type StoredResponse } from '@salon/idempotency';
import { type CustomerContext } from '../../routes/customer-context';
import { myBookingFrom, myBookingStatement, newBookingDetail } from './get-my-booking';

/** The response of POST /bookings, first-hand or replayed from the Idempotency-Key store. */
export type CreateMyBookingResult = { status: number; body: unknown; isReplay: boolean };

/**
 * POST /bookings for the caller's customer profile, answered with the booking's detail read in its
 * own transaction. With an Idempotency-Key (scoped to the user and endpoint) the 201 is stored in
 * that transaction too (createBooking's `onBooked`),
 * so a booking never exists without its stored response; the plan's bookings-per-month limit is
 * checked first in that transaction (403 plan_limit_reached, stored and replayed like any 4xx); a 4xx is stored and replayed too, with
 * the first request's envelope (`envelopeOf`), and anything else frees the key for a retry.
 */
export async function createMyBooking({
  ctx,
  input,
}: {
  ctx: CustomerContext & { graceDays: number };
  input: { body: CreateBookingBody; idempotencyKey?: string; envelopeOf: (error: unknown) => unknown };
}): Promise<CreateMyBookingResult> {
  const { body } = input;
  return runIdempotent({
    ctx,
    input: { scope: `customer:${ctx.actor.userId}:POST /bookings`, key: input.idempotencyKey, body },
    run: async (store) => {
      let detail: CustomerBookingDetail | undefined;
      await createBooking({
        ctx: { db: ctx.db, now: ctx.now, userId: ctx.actor.userId },
        input: {
          customerId: ctx.customerId, shopId: body.shopId, serviceId: body.serviceId ?? body.lines![0]!.serviceId, start: new Date(body.start), staffId: body.staffId, notes: body.notes ?? null,
          ...(body.lines && { lines: body.lines }),
        },
        // The plan's monthly limit, counted under the customer's billing lock in the booking's
        // transaction. An unlimited plan has nothing to count: the booking goes in one trip behind the
        // lock taken shared and the plan re-checked under it (a downgrade meanwhile: beforeBook after all).
        beforeBook: (tx) => assertCanBook({ ctx: { db: tx, now: ctx.now, graceDays: ctx.graceDays }, input: { userId: ctx.actor.userId, customerId: ctx.customerId } }),
        oneTripGuard: (db) => unlimitedBookingGuard({ ctx: { db, now: ctx.now, graceDays: ctx.graceDays }, input: { userId: ctx.actor.userId } }),
        // The response: a visit's read with its writes; a single service's from what the check read.
        ...(body.lines
          ? { readBooked: { statement: (id) => myBookingStatement({ customerId: ctx.customerId, id }), take: (rows) => { detail = myBookingFrom(rows); } } }
          : { describeBooked: (facts) => { detail = newBookingDetail(facts, ctx.actor.userId); } }),
        // Stored in the booking's transaction, so a booking never exists without its stored response.
        ...(input.idempotencyKey !== undefined && { onBooked: (tx) => store(tx as unknown as Database, { status: 201, body: detail }) }),
      });
      return { status: 201, body: detail };
    },
    errorResponse: (error): StoredResponse | undefined => {
      if (!isAppError(error) || statusFor(error.code) >= 500) return undefined;
      return { status: statusFor(error.code), body: input.envelopeOf(error) };
    },
  });
}
