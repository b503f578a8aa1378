import { API_ROUTER_OPTIONS, auth, IdParamsSchema, InstantSchema, text, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';

const c = initContract();

export const CreateTimeOffBodySchema = z
  .object({
    start: InstantSchema.describe('When the absence starts (RFC 3339).'),
    end: InstantSchema.describe('When it ends, after start and at most 366 days later.'),
    reason: text({ max: 200 }).optional().describe('e.g. "Holiday".'),
  })
  .strict();
export type CreateTimeOffBody = z.infer<typeof CreateTimeOffBodySchema>;

export const TimeOffSchema = z.object({
  id: UuidSchema.describe('The time off\'s id.'),
  shopId: UuidSchema.describe('The staff member\'s shop.'),
  staffId: UuidSchema.describe('Who is off.'),
  start: z.string().describe('UTC instant.'),
  end: z.string().describe('UTC instant, exclusive.'),
  reason: z.string().nullable().describe('Why, for the owner; null when not given.'),
});
export type TimeOff = z.infer<typeof TimeOffSchema>;

export const ListTimeOffQuerySchema = z
  .object({
    from: InstantSchema.optional().describe('Lists time off ending after this; default now.'),
    to: InstantSchema.optional().describe('…and starting before this; default from + 366 days, at most 366 days after from.'),
  })
  .strict();

/** A staff member's absences as instants; the slot engine removes them from working time. */
export const timeOffContract = c.router(
  {
    create: {
      method: 'POST',
      path: '/staff/:id/time-off',
      pathParams: IdParamsSchema,
      body: CreateTimeOffBodySchema,
      responses: { 201: TimeOffSchema },
      metadata: auth('owner'),
      summary: 'Add time off for one of your staff. Existing bookings are kept: see GET /schedules/conflicts/{shopId}.',
    },
    list: {
      method: 'GET',
      path: '/staff/:id/time-off',
      pathParams: IdParamsSchema,
      query: ListTimeOffQuerySchema,
      responses: { 200: z.object({ items: z.array(TimeOffSchema) }) },
      metadata: auth('owner'),
      summary: 'A staff member\'s time off overlapping [from, to), by start (default: upcoming).',
    },
    remove: {
      method: 'DELETE',
      path: '/time-off/:id',
      pathParams: IdParamsSchema,
      responses: { 204: c.noBody() },
      metadata: auth('owner'),
      summary: 'Delete time off.',
    },
  },
  API_ROUTER_OPTIONS,
);
