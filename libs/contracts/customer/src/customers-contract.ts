import { API_ROUTER_OPTIONS, auth, text, TimeZoneSchema, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';

const c = initContract();

const DisplayNameSchema = text({ max: 120 }).describe('The name shops see on bookings.');
const PhoneSchema = text({ min: 5, max: 32 })
  .refine((value) => /^\+?[0-9 ()-]+$/.test(value), 'Expected a phone number.')
  .describe('A phone number shops may call about a booking, e.g. +44 20 7946 0000.');
const PreferredTimeZoneSchema = TimeZoneSchema.describe(
  'IANA zone the app shows times in; display only (bookings stay in the shop\'s zone). Null: the device\'s zone.',
);

/** The caller's customer profile: their own data, so email is shown. */
export const CustomerProfileSchema = z.object({
  id: UuidSchema.describe('The customer profile id.'),
  userId: UuidSchema.describe('The local user id (as in GET /auth/me).'),
  email: z.string().nullable().describe('The account email (change it with PUT /auth/profile).'),
  displayName: z.string().nullable().describe('The name shops see on bookings.'),
  phone: z.string().nullable().describe('The customer phone number shops see on bookings.'),
  preferredTimeZone: z.string().nullable().describe('IANA zone the app shows times in; null: the device\'s.'),
  createdAt: z.string().datetime().describe('When the profile was created, UTC.'),
});
export type CustomerProfile = z.infer<typeof CustomerProfileSchema>;

export const CustomerProfileBodySchema = z
  .object({
    displayName: DisplayNameSchema.optional(),
    phone: PhoneSchema.nullable().optional().describe('Null removes it.'),
    preferredTimeZone: PreferredTimeZoneSchema.nullable().optional(),
  })
  .strict();
export type CustomerProfileBody = z.infer<typeof CustomerProfileBodySchema>;

/** The customer profile: created on first use of any customer endpoint, or explicitly here. */
export const customersContract = c.router(
  {
    create: {
      method: 'POST',
      path: '/customers',
      body: CustomerProfileBodySchema,
      responses: { 201: CustomerProfileSchema },
      // 'user', not 'customer': the edge would create the profile before the body is validated,
      // and a fresh user's corrected retry after a 400 would then get 409.
      metadata: auth('user'),
      summary: 'Create your customer profile: 201 on the request that creates it, 409 conflict once it exists (any customer endpoint creates it on first use; then use PUT /customers/me).',
    },
    me: {
      method: 'GET',
      path: '/customers/me',
      responses: { 200: CustomerProfileSchema },
      metadata: auth('customer'),
      summary: 'Your customer profile.',
    },
    updateMe: {
      method: 'PUT',
      path: '/customers/me',
      body: CustomerProfileBodySchema,
      responses: { 200: CustomerProfileSchema },
      metadata: auth('customer'),
      summary: 'Change your display name, phone or preferred time zone; fields left out stay as they are.',
    },
  },
  API_ROUTER_OPTIONS,
);
