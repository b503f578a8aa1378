import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { API_ROUTER_OPTIONS } from './errors';
import { RoleSchema, text } from './primitives';
import { auth } from './route-meta';

const c = initContract();

const PHONE = /^\+?[0-9 ()-]+$/;
const PhoneSchema = text({ min: 5, max: 32, format: (s) => s.regex(PHONE, 'Expected a phone number such as +44 20 7946 0000.') })
  .describe('A phone number: digits, spaces, ( ) and -, optionally starting with +.');
const NameSchema = text({ max: 120 });
const EmailSchema = text({ max: 254, format: (s) => s.email('Expected an email address.') });

export const MeSchema = z.object({
  id: z.string().uuid().describe('Local user id.'),
  clerkUserId: z.string().describe('The Clerk user id (the token\'s `sub`).'),
  email: z.string().nullable(),
  displayName: z.string().nullable(),
  phone: z.string().nullable(),
  roles: z.array(RoleSchema).describe('Which sides of the marketplace this person uses.'),
  owner: z.object({ id: z.string().uuid(), businessName: z.string(), phone: z.string().nullable() }).nullable(),
  customer: z.object({ id: z.string().uuid(), phone: z.string().nullable() }).nullable(),
  createdAt: z.string().datetime(),
});
export type Me = z.infer<typeof MeSchema>;

export const RegisterBodySchema = z
  .object({
    role: RoleSchema.describe('The profile to create. Registering again for the same role changes nothing.'),
    displayName: NameSchema.optional(),
    phone: PhoneSchema.optional(),
    businessName: NameSchema.optional().describe('Owners only: the business name; defaults to the display name.'),
  })
  .strict();
export type RegisterBody = z.infer<typeof RegisterBodySchema>;

export const UpdateProfileBodySchema = z
  .object({
    displayName: NameSchema.optional(),
    phone: PhoneSchema.nullable().optional(),
    email: EmailSchema.optional().describe('Stored lower-case; another account\'s address is a 409 conflict.'),
  })
  .strict();
export type UpdateProfileBody = z.infer<typeof UpdateProfileBodySchema>;

/** The same four auth routes on both APIs. */
export const authContract = c.router(
  {
  register: {
    method: 'POST',
    path: '/auth/register',
    body: RegisterBodySchema,
    responses: { 200: MeSchema },
    metadata: auth('user'),
    summary: 'Create your owner or customer profile (idempotent).',
  },
  me: {
    method: 'GET',
    path: '/auth/me',
    responses: { 200: MeSchema },
    metadata: auth('user'),
    summary: 'Who am I: the signed-in user, their roles and profiles.',
  },
  updateProfile: {
    method: 'PUT',
    path: '/auth/profile',
    body: UpdateProfileBodySchema,
    responses: { 200: MeSchema },
    metadata: auth('user'),
    summary: 'Update your name, phone or email.',
  },
  logout: {
    method: 'POST',
    path: '/auth/logout',
    body: c.noBody(),
    responses: { 204: c.noBody() },
    metadata: auth('user'),
    summary: 'Revoke this session: its token is refused from now on.',
  },
}, API_ROUTER_OPTIONS);
