import { API_ROUTER_OPTIONS, auth, CurrencySchema, IdParamsSchema, pageOf, PaginationQuerySchema, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { PublicShopSchema } from './public-shop';

const c = initContract();

/** A route that takes no query parameters: any parameter is a 400, not silently ignored. */
export const NoQuerySchema = z.object({}).strict();

const ShopIdParamsSchema = z.object({ shopId: UuidSchema.describe('An active shop.') });

/** What anyone may see of a service: no buffers, no flags, no timestamps. */
export const PublicServiceSchema = z.object({
  id: UuidSchema,
  shopId: UuidSchema,
  name: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable().describe('Free grouping the shop chose, e.g. "Colour".'),
  priceMinor: z.number().int().describe('Price in the currency\'s minor unit (2500 = £25.00); some staff may charge differently.'),
  currency: CurrencySchema,
  durationMinutes: z.number().int().describe('How long the service takes; some staff may be quicker.'),
});
export type PublicService = z.infer<typeof PublicServiceSchema>;

/** A staff member as customers see them: first name only, and what they do. */
export const PublicStaffSchema = z.object({
  id: UuidSchema.describe('Pass as staffId to choose this person when booking.'),
  firstName: z.string().describe('First name only (the first word of the name the shop gave).'),
  services: z
    .array(z.object({ id: UuidSchema, name: z.string() }))
    .describe('The active services they perform, by name.'),
});
export type PublicStaff = z.infer<typeof PublicStaffSchema>;

const servicesOfShop = {
  method: 'GET',
  pathParams: ShopIdParamsSchema,
  query: PaginationQuerySchema.strict(),
  responses: { 200: pageOf(PublicServiceSchema) },
  metadata: auth('public'),
  summary: 'The active services of an active shop, in the order the shop added them (a stable cursor list).',
} as const;

/** A shop's public pages. Inactive or deleted shops and services are 404, like unknown ids. */
export const catalogueContract = c.router(
  {
    getShop: {
      method: 'GET',
      path: '/shops/:id',
      pathParams: IdParamsSchema,
      query: NoQuerySchema,
      responses: { 200: PublicShopSchema },
      metadata: auth('public'),
      summary: 'One active shop\'s public page.',
    },
    shopServices: { ...servicesOfShop, path: '/shops/:shopId/services' },
    servicesByShop: { ...servicesOfShop, path: '/services/shop/:shopId' },
    getService: {
      method: 'GET',
      path: '/services/:id',
      pathParams: IdParamsSchema,
      query: NoQuerySchema,
      responses: { 200: PublicServiceSchema },
      metadata: auth('public'),
      summary: 'One active service of an active shop.',
    },
    shopStaff: {
      method: 'GET',
      path: '/shops/:shopId/staff',
      pathParams: ShopIdParamsSchema,
      query: PaginationQuerySchema.strict(),
      responses: { 200: pageOf(PublicStaffSchema) },
      metadata: auth('public'),
      summary: 'The active staff of an active shop: first names and the services each performs (no surnames, no emails).',
    },
  },
  API_ROUTER_OPTIONS,
);
