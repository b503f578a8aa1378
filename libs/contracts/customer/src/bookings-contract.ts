import { API_ROUTER_OPTIONS, auth, IdParamsSchema, pageOf, PaginationQuerySchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import {
  CancelBookingBodySchema,
  CreateBookingBodySchema,
  CustomerBookingDetailSchema,
  CustomerBookingSchema,
  IdempotencyHeadersSchema,
  MyBookingsQuerySchema,
  UpdateBookingBodySchema,
} from './customer-booking-schemas';

const c = initContract();

/**
 * The caller's own bookings. There is no customer id in any path: another customer's booking is 404.
 * Static paths (`/bookings/upcoming`, `/bookings/history`) are declared before `/bookings/:id`.
 */
export const bookingsContract = c.router(
  {
    create: {
      method: 'POST',
      path: '/bookings',
      headers: IdempotencyHeadersSchema,
      body: CreateBookingBodySchema,
      responses: { 201: CustomerBookingDetailSchema },
      metadata: auth('customer'),
      summary: 'Book a free slot. 409 `slot_unavailable` (reason in details) when the start is not offered; `Idempotency-Key` makes retries safe.',
    },
    list: {
      method: 'GET',
      path: '/bookings',
      query: MyBookingsQuerySchema,
      responses: { 200: pageOf(CustomerBookingSchema) },
      metadata: auth('customer'),
      summary: 'All your bookings, newest start first (or `order=soonest`), then by id; `status` filters.',
    },
    upcoming: {
      method: 'GET',
      path: '/bookings/upcoming',
      query: PaginationQuerySchema.strict(),
      responses: { 200: pageOf(CustomerBookingSchema) },
      metadata: auth('customer'),
      summary: 'Your pending or confirmed bookings starting now or later, soonest first.',
    },
    history: {
      method: 'GET',
      path: '/bookings/history',
      query: PaginationQuerySchema.strict(),
      responses: { 200: pageOf(CustomerBookingSchema) },
      metadata: auth('customer'),
      summary: 'Your past bookings and those cancelled, completed or missed, newest start first.',
    },
    get: {
      method: 'GET',
      path: '/bookings/:id',
      pathParams: IdParamsSchema,
      responses: { 200: CustomerBookingDetailSchema },
      metadata: auth('customer'),
      summary: 'One of your bookings with its status history.',
    },
    update: {
      method: 'PUT',
      path: '/bookings/:id',
      pathParams: IdParamsSchema,
      body: UpdateBookingBodySchema,
      responses: { 200: CustomerBookingDetailSchema },
      metadata: auth('customer'),
      summary: 'Move it (start and/or stylist) and/or change its notes, in one transaction. Moving is refused after `cancellableUntil` (409).',
    },
    cancel: {
      method: 'DELETE',
      path: '/bookings/:id/cancel',
      pathParams: IdParamsSchema,
      body: CancelBookingBodySchema.optional(),
      responses: { 200: CustomerBookingDetailSchema },
      metadata: auth('customer'),
      summary: 'Cancel it. Refused after `cancellableUntil` with 409 `conflict` naming the deadline.',
    },
  },
  API_ROUTER_OPTIONS,
);
