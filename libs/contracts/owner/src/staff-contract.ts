import { API_ROUTER_OPTIONS, auth, IdParamsSchema, text, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { EmailSchema, minutes, NoQuerySchema, segmentsTotal, ServiceSegmentsSchema, TimestampSchema } from './fields';
import { MAX_PRICE_MINOR, ShopIdParamsSchema } from './services-contract';

const c = initContract();

const staffFields = {
  displayName: text({ max: 120 }).describe('Name customers see, e.g. "Ana".'),
  email: EmailSchema.nullable().describe('Work email; null clears it.'),
  isActive: z.boolean().describe('False: not bookable, kept with their history (default true).'),
};

export const CreateStaffBodySchema = z
  .object({ displayName: staffFields.displayName, email: staffFields.email.optional(), isActive: staffFields.isActive.optional() })
  .strict();
export type CreateStaffBody = z.infer<typeof CreateStaffBodySchema>;

/** A partial update: only the given fields change. */
export const UpdateStaffBodySchema = z.object(staffFields).partial().strict();
export type UpdateStaffBody = z.infer<typeof UpdateStaffBodySchema>;

const StaffServiceInputSchema = z
  .object({
    serviceId: UuidSchema.describe('A service of the same shop.'),
    priceMinor: z.number().int().min(0).max(MAX_PRICE_MINOR).nullable().optional()
      .describe('Their own price in minor units; null or absent: the service\'s price.'),
    durationMinutes: minutes(1, 720).nullable().optional().describe('Their own duration in minutes; null or absent: the service\'s.'),
    segments: ServiceSegmentsSchema.nullable()
      .optional()
      .describe('Their own active/processing segments (processing time); they replace the service\'s and add up to their duration. null or absent: the service\'s segments.'),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.segments && item.durationMinutes != null && segmentsTotal(item.segments) !== item.durationMinutes) {
      ctx.addIssue({ code: 'custom', path: ['segments'], message: `The segments must add up to durationMinutes (${item.durationMinutes}).` });
    }
  });

export const SetStaffServicesBodySchema = z
  .object({
    services: z
      .array(StaffServiceInputSchema)
      .max(200)
      .superRefine((items, ctx) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.serviceId)) ctx.addIssue({ code: 'custom', path: [index, 'serviceId'], message: 'This service is listed twice.' });
          seen.add(item.serviceId);
        });
      })
      .describe('Every service this person performs: replaces the current list ([] clears it).'),
  })
  .strict();
export type SetStaffServicesBody = z.infer<typeof SetStaffServicesBodySchema>;

export const StaffServiceSchema = z.object({
  serviceId: z.string().uuid().describe('The service.'),
  name: z.string().describe('The service\'s name.'),
  priceMinor: z.number().int().nullable().describe('Their own price, or null for the service\'s.'),
  durationMinutes: z.number().int().nullable().describe('Their own duration, or null for the service\'s.'),
  segments: z
    .array(z.object({ kind: z.enum(['active', 'processing']).describe('active or processing.'), minutes: z.number().int().describe('Minutes.') }))
    .nullable()
    .describe('Their own segments, or null for the service\'s.'),
  effectivePriceMinor: z.number().int().describe('What a customer pays when booking them, in minor units of `currency`.'),
  effectiveDurationMinutes: z.number().int().describe('How long the appointment with them lasts.'),
  currency: z.string().describe('ISO 4217 currency: the shop\'s.'),
});

export const OwnerStaffSchema = z.object({
  id: z.string().uuid().describe('Staff member id.'),
  shopId: z.string().uuid().describe('Their shop.'),
  displayName: z.string().describe('Name customers see.'),
  email: z.string().nullable().describe('Work email.'),
  isActive: z.boolean().describe('False: not bookable.'),
  services: z.array(StaffServiceSchema).describe('The services they perform (deleted services are left out).'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type OwnerStaff = z.infer<typeof OwnerStaffSchema>;

/** The people of the caller's shops. Another owner's ids are a 404. */
export const staffContract = c.router(
  {
    create: {
      method: 'POST',
      path: '/shops/:shopId/staff',
      pathParams: ShopIdParamsSchema,
      body: CreateStaffBodySchema,
      responses: { 201: OwnerStaffSchema },
      metadata: auth('owner'),
      summary: 'Add a staff member to one of your shops.',
    },
    listByShop: {
      method: 'GET',
      path: '/shops/:shopId/staff',
      pathParams: ShopIdParamsSchema,
      query: NoQuerySchema,
      responses: { 200: z.object({ items: z.array(OwnerStaffSchema).describe('Inactive ones too, deleted ones never. Oldest first (createdAt, then id).') }) },
      metadata: auth('owner'),
      summary: 'Everyone at one of your shops, with the services each performs.',
    },
    get: {
      method: 'GET',
      path: '/staff/:id',
      pathParams: IdParamsSchema,
      responses: { 200: OwnerStaffSchema },
      metadata: auth('owner'),
      summary: 'One staff member, with their services.',
    },
    update: {
      method: 'PUT',
      path: '/staff/:id',
      pathParams: IdParamsSchema,
      body: UpdateStaffBodySchema,
      responses: { 200: OwnerStaffSchema },
      metadata: auth('owner'),
      summary: 'Change a staff member: only the given fields change.',
    },
    remove: {
      method: 'DELETE',
      path: '/staff/:id',
      pathParams: IdParamsSchema,
      responses: { 204: c.noBody() },
      metadata: auth('owner'),
      summary: 'Remove a staff member (soft). 409 conflict while they have upcoming pending or confirmed bookings: move or cancel them first.',
    },
    setServices: {
      method: 'PUT',
      path: '/staff/:id/services',
      pathParams: IdParamsSchema,
      body: SetStaffServicesBodySchema,
      responses: { 200: OwnerStaffSchema },
      metadata: auth('owner'),
      summary: 'Set (replace) the services this person performs, each with an optional own price and duration. 400 on a service of another shop.',
    },
  },
  API_ROUTER_OPTIONS,
);
