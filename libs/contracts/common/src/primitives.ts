import { z } from 'zod';

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 code such as GBP.')
  .describe('ISO 4217 currency code.');

export const RoleSchema = z.enum(['owner', 'customer']).describe('owner runs shops; customer books them. One person may be both.');
export type Role = z.infer<typeof RoleSchema>;

/**
 * A string that may reach the database: PostgreSQL `text` cannot hold U+0000, so a NUL byte is a
 * 400 on its field here rather than a 500 from the driver. Every string field of every contract is
 * built with this (or a schema built on it), trimmed and bounded. Single-line by default: other
 * control characters (CR, LF, ESC…) are refused too, because names travel into emails, logs and
 * iCalendar lines where a CR LF would start a new line (RFC 5545 content lines); `multiline` allows
 * tabs and line breaks for free text (descriptions, notes).
 * `format` adds string checks that OpenAPI shows (a pattern, `email`) before the NUL check.
 * @example text({ max: 120 }) // a name; text({ min: 0, max: 2000, multiline: true }) // free notes
 * @example text({ max: 254, format: (s) => s.email() })
 */
export function text(opts: { min?: number; max: number; multiline?: boolean; format?: (schema: z.ZodString) => z.ZodString }) {
  const min = opts.min ?? 1;
  const bounded = z
    .string()
    .trim()
    .min(min, min === 1 ? 'Must not be empty.' : `Must be at least ${min} characters.`)
    .max(opts.max);
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const controls = opts.multiline ? /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/ : /[\u0001-\u001F\u007F]/;
  return (opts.format ? opts.format(bounded) : bounded)
    .refine((value) => !value.includes('\u0000'), 'Must not contain a NUL character (U+0000).')
    .refine((value) => !controls.test(value), opts.multiline ? 'Must not contain control characters other than tabs and line breaks.' : 'Must be one line without control characters.');
}

/** A UUID id, as every id of the API is (conventions.md). */
export const UuidSchema = z.string().uuid('Expected a UUID.').describe('A UUID.');

/** Path parameters `{ id }`. */
export const IdParamsSchema = z.object({ id: UuidSchema });

/** A shop-local calendar date, `YYYY-MM-DD`, that exists (2026-02-30 does not). */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'That date does not exist.')
  // A salon books within a human lifetime; outside this, date arithmetic (year 10000) is the only risk.
  .refine((value) => value >= '1970-01-01' && value <= '2999-12-31', 'Expected a date between 1970-01-01 and 2999-12-31.')
  .describe('A calendar date in the shop\'s time zone, YYYY-MM-DD, 1970–2999.');

/** A local wall-clock time `HH:mm`, 00:00–23:59; `allowMidnightEnd` also takes `24:00` (an end). */
export function localTime(opts: { allowMidnightEnd?: boolean } = {}) {
  const pattern = opts.allowMidnightEnd ? /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/ : /^([01]\d|2[0-3]):[0-5]\d$/;
  return z
    .string()
    .regex(pattern, opts.allowMidnightEnd ? 'Expected a time as HH:mm (00:00–24:00).' : 'Expected a time as HH:mm (00:00–23:59).')
    .describe('A wall-clock time in the shop\'s time zone, HH:mm.');
}

/** An instant as RFC 3339 with `Z` or an offset; the API always answers in UTC (`…Z`). */
export const InstantSchema = z
  .string()
  .datetime({ offset: true, message: 'Expected an RFC 3339 instant such as 2026-03-29T08:00:00Z.' })
  // As for local dates: outside 1970–2999 only date arithmetic (year 0, year 10000) can happen.
  .refine((value) => {
    const ms = Date.parse(value);
    return ms >= Date.UTC(1970, 0, 1) && ms < Date.UTC(3000, 0, 1);
  }, 'Expected an instant between 1970 and 2999.')
  .describe('An instant, RFC 3339 (UTC answers end in Z).');

/**
 * An IANA time zone this runtime knows (Europe/London), spelt as IANA spells it: `Mars/Olympus` is
 * refused on its field, and so is `europe/london`, which Intl accepts but the zone is stored and
 * shown as sent, and Java's ZoneId (Android) or a database outside PostgreSQL would not read it.
 */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isKnownTimeZone, 'Unknown IANA time zone: use one such as Europe/London.')
  .refine(isSpeltAsIana, (zone) => ({ message: `Spell the zone as IANA does (case matters)${ianaHintFor(zone)}.` }))
  .describe('IANA time zone, e.g. Europe/London.');

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone !== '' && !zone.includes('\u0000');
  } catch {
    return false;
  }
}

// Every IANA name part starts with a capital (Etc/GMT+5, EST5EDT, America/Port-au-Prince); Intl's
// own spelling differs only for a link it renames (Asia/Kolkata → Asia/Calcutta), never by case alone.
function isSpeltAsIana(zone: string): boolean {
  if (!isKnownTimeZone(zone)) return true; // the first refine has said so
  const intl = intlNameOf(zone);
  return zone.split('/').every((part) => /^[A-Z]/.test(part)) && !(intl.toLowerCase() === zone.toLowerCase() && intl !== zone);
}

function ianaHintFor(zone: string): string {
  const intl = intlNameOf(zone);
  return intl.toLowerCase() === zone.toLowerCase() ? `: ${intl}` : ', e.g. Europe/London';
}

const intlNameOf = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;

/**
 * A number in the query, written in decimal: z.coerce.number() alone reads `maxPriceMinor=` (an
 * app's empty field) as 0, which would mean "free services only", and `0x10` as 16. A preprocess,
 * not a pipe, so the OpenAPI document keeps the number's schema; the cast keeps the typed client's
 * input a number (or its text) rather than preprocess's `unknown`.
 */
export const decimalQuery = <T extends z.ZodTypeAny>(pattern: RegExp, message: string, number: T) =>
  z.preprocess((value, ctx) => {
    if (typeof value !== 'string' || pattern.test(value)) return value;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message, fatal: true });
    return z.NEVER;
  }, number) as unknown as z.ZodEffects<T, z.output<T>, number | string>;
