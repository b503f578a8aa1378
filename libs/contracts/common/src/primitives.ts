import { z } from 'zod';

export const UuidSchema = z.string().uuid();

/** An instant as RFC 3339 in UTC, e.g. "2026-03-29T08:00:00Z". */
export const InstantSchema = z.string().datetime({ offset: false }).describe('An instant in UTC (RFC 3339, ending in Z).');

/** A calendar date in the shop's zone. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD.')
  .describe('A calendar date in the shop time zone (YYYY-MM-DD).');

/** A wall-clock time in the shop's zone. */
export const LocalTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:mm (00:00–23:59).')
  .describe('A wall-clock time in the shop time zone (HH:mm).');

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 code such as GBP.')
  .describe('ISO 4217 currency code.');

/** Money is an integer count of the currency's minor unit; never a float. */
export const MinorUnitsSchema = z.number().int().min(0).max(100_000_000).describe('Amount in minor units (pence, cents).');

export const RoleSchema = z.enum(['owner', 'customer']).describe('owner runs shops; customer books them. One person may be both.');
export type Role = z.infer<typeof RoleSchema>;

/** Path parameter `{ id }` that must be a UUID. */
export const IdParamsSchema = z.object({ id: UuidSchema.describe('The resource id (UUID).') });
