import { API_ROUTER_OPTIONS, auth, IdParamsSchema, text, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { minutes, NoQuerySchema, segmentsTotal, ServiceSegmentsSchema, TimestampSchema } from './fields';

const c = initContract();

/** 1,000,000.00 in a two-decimal currency: far above any salon price, far below integer overflow. */
export const MAX_PRICE_MINOR = 100_000_000;

const serviceFields = {
  name: text({ max: 120 }).describe('Service name, e.g. "Women\'s cut".'),
  description: text({ min: 0, max: 2000, multiline: true }).nullable().describe('What the service includes; null clears it.'),
  category: text({ max: 60 }).nullable().describe('Menu section, e.g. "Colour"; null clears it.'),
  priceMinor: z.number().int('Expected an integer amount of minor units.').min(0).max(MAX_PRICE_MINOR)
    .describe('Price in minor units of the shop\'s currency (2500 = £25.00).'),
  durationMinutes: minutes(1, 720).describe('Length of the appointment, 1–720 minutes.'),
  bufferBeforeMinutes: minutes(0, 240).describe('Set-up time held before the appointment, 0–240 minutes (default 0).'),
  bufferAfterMinutes: minutes(0, 240).describe('Clean-up time held after it, 0–240 minutes (default 0).'),
  isActive: z.boolean().describe('False hides the service from customers and keeps it (default true).'),
  segments: ServiceSegmentsSchema.nullable().describe(
    'Processing time: the service as ordered active/processing segments adding up to durationMinutes (e.g. colour: 30 active, 45 processing, 15 active). During processing the stylist may take another client. null: one active block (default).',
  ),
};

const segmentsAddUp = (body: { durationMinutes?: number; segments?: ServiceSegmentsSchemaValue | null }, ctx: z.RefinementCtx) => {
  if (body.segments && body.durationMinutes !== undefined && segmentsTotal(body.segments) !== body.durationMinutes) {
    ctx.addIssue({ code: 'custom', path: ['segments'], message: `The segments must add up to durationMinutes (${body.durationMinutes}).` });
  }
};
type ServiceSegmentsSchemaValue = z.infer<typeof ServiceSegmentsSchema>;

export const CreateServiceBodySchema = z
  .object({
    shopId: UuidSchema.describe('The shop (yours) that sells this service.'),
    name: serviceFields.name,
    description: serviceFields.description.optional(),
    category: serviceFields.category.optional(),
    priceMinor: serviceFields.priceMinor,
    durationMinutes: serviceFields.durationMinutes,
    bufferBeforeMinutes: serviceFields.bufferBeforeMinutes.optional(),
    bufferAfterMinutes: serviceFields.bufferAfterMinutes.optional(),
    isActive: serviceFields.isActive.optional(),
    segments: serviceFields.segments.optional(),
  })
  .strict()
  .superRefine(segmentsAddUp);
export type CreateServiceBody = z.infer<typeof CreateServiceBodySchema>;

/** A partial update: only the given fields change; the shop never changes. */
export const UpdateServiceBodySchema = z.object(serviceFields).partial().strict().superRefine(segmentsAddUp);
export type UpdateServiceBody = z.infer<typeof UpdateServiceBodySchema>;

export const OwnerServiceSchema = z.object({
  id: z.string().uuid().describe('Service id.'),
  shopId: z.string().uuid().describe('The shop that sells it.'),
  name: z.string().describe('Service name.'),
  description: z.string().nullable().describe('Description.'),
  category: z.string().nullable().describe('Menu section.'),
  priceMinor: z.number().int().describe('Price in minor units of `currency`.'),
  currency: z.string().describe('ISO 4217 currency: the shop\'s.'),
  durationMinutes: z.number().int().describe('Length in minutes.'),
  bufferBeforeMinutes: z.number().int().describe('Set-up minutes before.'),
  bufferAfterMinutes: z.number().int().describe('Clean-up minutes after.'),
  isActive: z.boolean().describe('False: not offered to customers.'),
  segments: z
    .array(z.object({ kind: z.enum(['active', 'processing']).describe('active or processing.'), minutes: z.number().int().describe('Minutes.') }))
    .nullable()
    .describe('Active/processing segments adding up to durationMinutes; null: one active block.'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type OwnerService = z.infer<typeof OwnerServiceSchema>;

export const ShopIdParamsSchema = z.object({ shopId: UuidSchema.describe('One of your shops.') });

/** The services of the caller's shops. Another owner's ids are a 404. */
export const servicesContract = c.router(
  {
    create: {
      method: 'POST',
      path: '/services',
      body: CreateServiceBodySchema,
      responses: { 201: OwnerServiceSchema },
      metadata: auth('owner'),
      summary: 'Add a service to one of your shops (priced in the shop\'s currency).',
    },
    listByShop: {
      method: 'GET',
      path: '/services/shop/:shopId',
      pathParams: ShopIdParamsSchema,
      query: NoQuerySchema,
      responses: { 200: z.object({ items: z.array(OwnerServiceSchema).describe('Inactive ones too; deleted ones never. Oldest first (createdAt, then id).') }) },
      metadata: auth('owner'),
      summary: 'Every service of one of your shops, inactive ones too.',
    },
    get: {
      method: 'GET',
      path: '/services/:id',
      pathParams: IdParamsSchema,
      responses: { 200: OwnerServiceSchema },
      metadata: auth('owner'),
      summary: 'One of your services.',
    },
    update: {
      method: 'PUT',
      path: '/services/:id',
      pathParams: IdParamsSchema,
      body: UpdateServiceBodySchema,
      responses: { 200: OwnerServiceSchema },
      metadata: auth('owner'),
      summary: 'Change a service: only the given fields change. Past bookings keep the price they were made at.',
    },
    remove: {
      method: 'DELETE',
      path: '/services/:id',
      pathParams: IdParamsSchema,
      responses: { 200: OwnerServiceSchema, 204: c.noBody() },
      metadata: auth('owner'),
      summary:
        'Delete a service. Without bookings it is deleted (204). With bookings (any status) it is kept for their history and deactivated instead: 200 with the service, isActive false.',
    },
  },
  API_ROUTER_OPTIONS,
);
