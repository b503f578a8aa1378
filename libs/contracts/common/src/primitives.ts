import { z } from 'zod';

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 code such as GBP.')
  .describe('ISO 4217 currency code.');

export const RoleSchema = z.enum(['owner', 'customer']).describe('owner runs shops; customer books them. One person may be both.');
export type Role = z.infer<typeof RoleSchema>;

