import { type BillingContext } from '@salon/billing';
import { bookingsContract, type CustomerBookingDetail } from '@salon/contracts-customer';
import { AppError, isAppError } from '@salon/errors';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { cancelMyBooking, updateMyBooking } from '../use-cases/bookings/change-my-booking';
import { createMyBooking } from '../use-cases/bookings/create-my-booking';
import { getMyBooking } from '../use-cases/bookings/get-my-booking';
import { listBookingHistory, listMyBookings, listUpcomingBookings } from '../use-cases/bookings/list-my-bookings';
import { customerContextOf } from './customer-context';

const s = initServer();

/** The caller's own bookings. Static paths before `/bookings/:id` (the contract's order). */
export const bookingsRoutes = (app: IdentityContext, billing: BillingContext) =>
  s.router(bookingsContract, {
    create: async ({ headers, body, req, res }) => {
      // A stored 4xx replays the first request's envelope exactly, request id included.
      const envelopeOf = (error: unknown) => {
        const appError = isAppError(error) ? error : new AppError('internal', 'Something went wrong on our side.');
        return { error: { code: appError.code, message: appError.message, details: appError.details, requestId: req.requestId ?? 'unknown' } };
      };
      const result = await createMyBooking({
        ctx: { ...customerContextOf(app, res), graceDays: billing.graceDays },
        input: { body, idempotencyKey: headers['idempotency-key'], envelopeOf },
      });
      if (result.isReplay) res.setHeader('Idempotent-Replayed', 'true');
      // Replayed responses are exactly what was stored: a 201 booking or a 4xx envelope.
      return { status: result.status, body: result.body } as { status: 201; body: CustomerBookingDetail };
    },
    list: async ({ query, res }) => ({ status: 200, body: await listMyBookings({ ctx: customerContextOf(app, res), input: query }) }),
    upcoming: async ({ query, res }) => ({ status: 200, body: await listUpcomingBookings({ ctx: customerContextOf(app, res), input: query }) }),
    history: async ({ query, res }) => ({ status: 200, body: await listBookingHistory({ ctx: customerContextOf(app, res), input: query }) }),
    get: async ({ params, res }) => ({ status: 200, body: await getMyBooking({ ctx: customerContextOf(app, res), input: params }) }),
    update: async ({ params, body, res }) => ({
      status: 200,
      body: await updateMyBooking({ ctx: customerContextOf(app, res), input: { ...body, id: params.id } }),
    }),
    cancel: async ({ params, body, res }) => ({
      status: 200,
      body: await cancelMyBooking({ ctx: customerContextOf(app, res), input: { id: params.id, reason: body?.reason } }),
    }),
  });
