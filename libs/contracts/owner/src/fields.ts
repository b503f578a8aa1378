import { text } from '@salon/contracts-common';
import { z } from 'zod';

/** Contact fields shared by the owner resources; all refuse NUL bytes and are bounded. */
export const PhoneSchema = text({ min: 5, max: 32 })
  .refine((value) => /^\+?[0-9 ()-]+$/.test(value), 'Expected a phone number such as +44 20 7946 0000.')
  .describe('Phone number, digits with optional +, spaces, dashes and parentheses.');

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .email('Expected an email address.')
  .describe('Email address.');

export const WebsiteSchema = z
  .string()
  .trim()
  .max(2048)
  .url('Expected an absolute URL.')
  .refine((value) => /^https?:\/\//i.test(value), 'Expected an http or https URL.')
  .describe('Website, an absolute http(s) URL.');

/** For lists that take no parameters (not paged): an unknown one, `limit` included, is a 400, not silently ignored. */
export const NoQuerySchema = z.object({}).strict();

/** A whole number of minutes between `min` and `max`. */
export const minutes = (min: number, max: number) => z.number().int('Expected whole minutes.').min(min).max(max);

/** Instants the API answers with (always UTC). */
export const TimestampSchema = z.string().datetime().describe('RFC 3339 instant, UTC.');

/**
 * Processing time (issue 13): a service as ordered segments. `active` holds the stylist,
 * `processing` (a colour developing) leaves them free for another client. At least one active.
 */
export const ServiceSegmentsSchema = z
  .array(
    z
      .object({
        kind: z.enum(['active', 'processing']).describe('active: the stylist works; processing: the client waits and the stylist is free.'),
        minutes: minutes(1, 720).describe('Length of this segment, 1–720 minutes.'),
      })
      .strict(),
  )
  .min(1)
  .max(12)
  .refine((segments) => segments.some((segment) => segment.kind === 'active'), 'At least one segment must be active.')
  .refine((segments) => segments.reduce((sum, segment) => sum + segment.minutes, 0) <= 720, 'The segments may last at most 720 minutes in all.');
export type ServiceSegments = z.infer<typeof ServiceSegmentsSchema>;

/** The sum of segment minutes: what `durationMinutes` must be when segments are given. */
export const segmentsTotal = (segments: ServiceSegments): number => segments.reduce((sum, segment) => sum + segment.minutes, 0);
