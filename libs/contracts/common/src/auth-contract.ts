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

/**
 * Register creates what is missing and never overwrites: a missing profile is created from this
 * body; an existing one is returned unchanged (only a phone it lacks is filled); the user's
 * displayName and phone are filled only where empty. Changes go through PUT /auth/profile.
 */
export const RegisterBodySchema = z
  .object({
    role: RoleSchema.describe(
      'The profile to create. Owner profiles are created through owner-api only (customer-api answers 403 forbidden). ' +
        'Registering again for a role you have changes nothing.',
    ),
    displayName: NameSchema.optional().describe('Sets your display name only if you have none yet.'),
    phone: PhoneSchema.optional().describe('The new profile\'s phone (or an existing profile\'s, if it has none); also yours if you have none yet.'),
    businessName: NameSchema.optional().describe('Owners only, when the owner profile is created: the business name; defaults to your display name.'),
  })
  .strict()
  .describe(
    'Creates what is missing, never overwrites: an existing profile is returned unchanged (a missing phone is filled), ' +
      'and your display name and phone are set only where empty. To change them use PUT /auth/profile.',
  );
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
    description:
      'Creates the profile the body names if you do not have it yet, and fills only empty fields; it never overwrites ' +
      '(use PUT /auth/profile to change your name or phone). Owner profiles are created through owner-api only: ' +
      'on customer-api, role owner answers 403 forbidden.',
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
