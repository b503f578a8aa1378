import { decimalQuery, LocalDateSchema, PaginationQuerySchema, text, UuidSchema } from '@salon/contracts-common';
import { z } from 'zod';
import { PublicShopSchema } from './public-shop';

const NearSchema = z
  .string()
  .max(64)
  .regex(/^\s*-?\d{1,3}(\.\d{1,12})?\s*,\s*-?\d{1,3}(\.\d{1,12})?\s*$/, 'Expected "lat,lng" in decimal degrees, e.g. 51.5072,-0.1276.')
  .transform((value) => value.split(',').map(Number) as [number, number])
  .refine(([lat, lng]) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180, 'Latitude must be within ±90 and longitude within ±180.')
  .describe('Where the customer is, "lat,lng" in decimal degrees (WGS 84): results are sorted nearest first.');

/** Words a `q` may have: each is looked up on its own (docs/customer-api.md). */
export const MAX_QUERY_WORDS = 8;

/** The radius of a `near` search without `radiusKm`, in km. */
export const DEFAULT_RADIUS_KM = 10;

/** GET /shops/search: any combination; every filter narrows. Unknown parameters are a 400. */
export const SearchQuerySchema = PaginationQuerySchema.extend({
  q: text({ max: 100 })
    .refine((value) => (value.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_QUERY_WORDS, `At most ${MAX_QUERY_WORDS} words.`)
    .optional()
    .describe(`Shop name or service text, at most ${MAX_QUERY_WORDS} words; typo-tolerant (barbr finds Barber), ranked by relevance.`),
  city: text({ max: 100 }).optional().describe('City; case and leading, trailing or repeated spaces do not matter.'),
  postalCode: text({ max: 20 }).optional().describe('Postal code; case and spaces do not matter (sw1a1aa = SW1A 1AA).'),
  near: NearSchema.optional(),
  radiusKm: decimalQuery(/^\d+(\.\d+)?$/, 'Expected a distance in km, e.g. 2 or 2.5.', z.coerce.number().positive().max(200)).optional()
    .describe(`Only with near (alone it is a 400): how far, in km (default ${DEFAULT_RADIUS_KM}, at most 200).`),
  category: text({ max: 60 }).optional().describe('Only shops offering an active service of this category (case-insensitive).'),
  serviceId: UuidSchema.optional().describe('Only the shop offering this service.'),
  maxPriceMinor: decimalQuery(/^\d+$/, 'Expected a whole number of minor units, e.g. 3000.', z.coerce.number().int().min(0).max(100_000_000))
    .optional().describe('Only shops with a matching service at or under this price, in minor units.'),
  availableOn: LocalDateSchema.optional().describe('Only shops with at least one free slot that shop-local date for matchedService (the serviceId if given).'),
}).strict();
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchResultSchema = PublicShopSchema.extend({
  distanceKm: z.number().nullable().describe('Great-circle distance from near, in km; null without near.'),
  relevance: z.number().nullable().describe('Text match of q, 0–1 (pg_trgm word similarity); null without q.'),
  matchedService: z
    .object({
      id: UuidSchema,
      name: z.string(),
      category: z.string().nullable(),
      priceMinor: z.number().int().describe('Price in the shop currency\'s minor unit.'),
      durationMinutes: z.number().int(),
    })
    .nullable()
    .describe('The service that matched q, category, serviceId or maxPriceMinor (best text match, then cheapest); otherwise the shop\'s cheapest.'),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
