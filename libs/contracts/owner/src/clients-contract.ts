import { API_ROUTER_OPTIONS, auth, text } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { PhoneSchema, TimestampSchema } from './fields';

const c = initContract();

const BusinessNameSchema = text({ max: 120 }).describe('The business name customers and invoices show.');

/** The caller's owner profile (the seed document's "client"). */
export const OwnerProfileSchema = z.object({
  id: z.string().uuid().describe('Owner profile id.'),
  userId: z.string().uuid().describe('The signed-in user this profile belongs to.'),
  businessName: z.string().describe('The business name.'),
  phone: z.string().nullable().describe('Business phone number, or null.'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type OwnerProfile = z.infer<typeof OwnerProfileSchema>;

export const CreateOwnerProfileBodySchema = z
  .object({
    businessName: BusinessNameSchema,
    phone: PhoneSchema.optional().describe('Business phone number.'),
  })
  .strict();
export type CreateOwnerProfileBody = z.infer<typeof CreateOwnerProfileBodySchema>;

export const UpdateOwnerProfileBodySchema = z
  .object({
    businessName: BusinessNameSchema.optional(),
    phone: PhoneSchema.nullable().optional().describe('Business phone number; null clears it.'),
  })
  .strict();
export type UpdateOwnerProfileBody = z.infer<typeof UpdateOwnerProfileBodySchema>;

/** POST /clients, GET|PUT /clients/me: the owner profile. */
export const clientsContract = c.router(
  {
    create: {
      method: 'POST',
      path: '/clients',
      body: CreateOwnerProfileBodySchema,
      responses: { 201: OwnerProfileSchema },
      metadata: auth('user'),
      summary: 'Become a salon owner: create your owner profile (409 conflict if you already have one).',
    },
    me: {
      method: 'GET',
      path: '/clients/me',
      responses: { 200: OwnerProfileSchema },
      metadata: auth('owner'),
      summary: 'Your owner profile.',
    },
    update: {
      method: 'PUT',
      path: '/clients/me',
      body: UpdateOwnerProfileBodySchema,
      responses: { 200: OwnerProfileSchema },
      metadata: auth('owner'),
      summary: 'Change your business name or phone; only the given fields change.',
    },
  },
  API_ROUTER_OPTIONS,
);
