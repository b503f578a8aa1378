import { CurrencySchema, text, TimeZoneSchema } from '@salon/contracts-common';
import { z } from 'zod';
import { EmailSchema, minutes, PhoneSchema, TimestampSchema, WebsiteSchema } from './fields';

const MINUTES_PER_30_DAYS = 30 * 24 * 60;

/**
 * Every settable column of a shop, as the owner writes it. Bounds sit inside the database CHECKs
 * (libs/db/src/schema/shops.ts) and are what a real salon needs; nullable fields take null to clear.
 */
export const shopFields = {
  name: text({ max: 120 }).describe('Shop name, as customers see it.'),
  description: text({ min: 0, max: 2000, multiline: true }).nullable().describe('Free text shown on the shop page; null clears it.'),
  timeZone: TimeZoneSchema.describe('IANA time zone every local time of this shop is in, e.g. Europe/London.'),
  currency: CurrencySchema.describe('ISO 4217 currency of every price of this shop, e.g. GBP.'),
  addressLine: text({ max: 200 }).nullable().describe('Street address; null clears it.'),
  city: text({ max: 100 }).nullable().describe('City; null clears it.'),
  postalCode: text({ max: 20 }).nullable().describe('Postal code; null clears it.'),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Expected an upper-case ISO 3166-1 alpha-2 code such as GB.')
    .nullable()
    .describe('Country, ISO 3166-1 alpha-2 upper-case (GB); null clears it.'),
  latitude: z.number().min(-90).max(90).nullable().describe('Latitude in degrees, −90 to 90; give longitude too (both or neither).'),
  longitude: z.number().min(-180).max(180).nullable().describe('Longitude in degrees, −180 to 180; give latitude too (both or neither).'),
  phone: PhoneSchema.nullable().describe('Shop phone number; null clears it.'),
  email: EmailSchema.nullable().describe('Shop email address; null clears it.'),
  website: WebsiteSchema.nullable().describe('Shop website; null clears it.'),
  slotIntervalMinutes: minutes(5, 240).describe('Slot starts are offered on this grid, 5–240 minutes (default 15).'),
  startAlignment: z
    .enum(['grid', 'gapless'])
    .describe(
      'grid: starts only every slotIntervalMinutes from the start of working time. gapless: also right where a stylist\'s previous booking (its buffers included) ends, so a 45-minute booking at 09:00 leaves 09:45 bookable (default grid).',
    ),
  minNoticeMinutes: minutes(0, MINUTES_PER_30_DAYS).describe('No booking may start sooner than this after now, 0–43200 minutes (default 60).'),
  maxAdvanceDays: z.number().int().min(1).max(730).describe('How far ahead customers may book, 1–730 days (default 60).'),
  cancellationNoticeMinutes: minutes(0, MINUTES_PER_30_DAYS).describe(
    'Customers may cancel until this long before the start, 0–43200 minutes (default 1440); owners always can.',
  ),
  requiresApproval: z
    .boolean()
    .describe('True: new bookings are pending (holding their time) until you confirm them with PUT /bookings/{id} (default false).'),
  isActive: z.boolean().describe('False hides the shop from customers and keeps everything (default true).'),
};

const { name, timeZone, currency, ...optionalFields } = shopFields;

export const CreateShopBodySchema = z
  .object({ name, timeZone, currency, ...mapOptional(optionalFields) })
  .strict();
export type CreateShopBody = z.infer<typeof CreateShopBodySchema>;

/** A partial update: only the given fields change; null clears a nullable one. */
export const UpdateShopBodySchema = z.object(mapOptional(shopFields)).strict();
export type UpdateShopBody = z.infer<typeof UpdateShopBodySchema>;

/** The owner's view of a shop: every field, and the private calendar feed URL. */
export const OwnerShopSchema = z.object({
  id: z.string().uuid().describe('Shop id.'),
  name: z.string().describe('Shop name.'),
  description: z.string().nullable().describe('Shop description.'),
  timeZone: z.string().describe('IANA time zone.'),
  currency: z.string().describe('ISO 4217 currency.'),
  addressLine: z.string().nullable().describe('Street address.'),
  city: z.string().nullable().describe('City.'),
  postalCode: z.string().nullable().describe('Postal code.'),
  countryCode: z.string().nullable().describe('ISO 3166-1 alpha-2 country.'),
  latitude: z.number().nullable().describe('Latitude in degrees.'),
  longitude: z.number().nullable().describe('Longitude in degrees.'),
  phone: z.string().nullable().describe('Phone number.'),
  email: z.string().nullable().describe('Email address.'),
  website: z.string().nullable().describe('Website.'),
  slotIntervalMinutes: z.number().int().describe('Slot grid in minutes.'),
  startAlignment: z.enum(['grid', 'gapless']).describe('grid: starts on the grid only; gapless: also where a stylist\'s previous booking ends.'),
  minNoticeMinutes: z.number().int().describe('Minimum notice in minutes.'),
  maxAdvanceDays: z.number().int().describe('Booking horizon in days.'),
  cancellationNoticeMinutes: z.number().int().describe('Customer cancellation notice in minutes.'),
  requiresApproval: z.boolean().describe('True: new bookings wait as pending until you confirm them.'),
  isActive: z.boolean().describe('False: hidden from customers.'),
  calendarFeedUrl: z
    .string()
    .describe('Private iCalendar feed of this shop\'s bookings: subscribe to it from any calendar app. Keep it secret.'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type OwnerShop = z.infer<typeof OwnerShopSchema>;

function mapOptional<T extends Record<string, z.ZodTypeAny>>(shape: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };
}
