import { CurrencySchema } from '@salon/contracts-common';
import { z } from 'zod';

/** What anyone may see of a shop: no owner identity, no private feed token. */
export const PublicShopSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  description: z.string().nullable(),
  timeZone: z.string().describe('IANA time zone every local time of this shop is in, e.g. Europe/London.'),
  currency: CurrencySchema,
  addressLine: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  countryCode: z.string().nullable().describe('ISO 3166-1 alpha-2.'),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
});
export type PublicShop = z.infer<typeof PublicShopSchema>;
