import { LocalDateSchema, localTime, text, UuidSchema } from '@salon/contracts-common';
import { z } from 'zod';

export const DayOfWeekSchema = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']).describe('A weekday as RFC 5545 spells it.');

const DaysOfWeekSchema = z
  .array(DayOfWeekSchema)
  .min(1)
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'List each day once.')
  .describe('The days this window repeats on; stored as the rule FREQ=WEEKLY;BYDAY=…. Give this or rrule, not both.');
// Multi-line: a DTSTART line may precede the RRULE line (RFC 5545 content lines).
const RruleSchema = text({ max: 500, multiline: true }).describe(
  'A weekly RRULE (RFC 5545) as calendar apps export it: FREQ=WEEKLY with plain BYDAY days, optionally INTERVAL, UNTIL, COUNT, WKST, BYMONTH, after an optional DTSTART line (floating = shop-local, UTC with Z, DTSTART;TZID=<IANA zone>: converted to the shop\'s zone, or DTSTART;VALUE=DATE). A date-only UNTIL includes that whole date. COUNT needs a DTSTART. Only the dates come from the rule; the times are startTime/endTime. Give this or daysOfWeek, not both.',
);
const StartTimeSchema = localTime().describe('Local start of the window, HH:mm in the shop\'s zone.');
const EndTimeSchema = localTime({ allowMidnightEnd: true }).describe(
  'Local end of the window, HH:mm (24:00 = midnight). An end before startTime crosses midnight (22:30–01:30): the window belongs to the date it starts on and ends at that wall-clock time the next date.',
);
const ValidFromSchema = LocalDateSchema.describe('First shop-local date the window applies (inclusive); absent = always.');
const ValidUntilSchema = LocalDateSchema.describe('Last shop-local date the window applies (inclusive); absent = open-ended.');

const oneRuleSource = (body: { daysOfWeek?: unknown; rrule?: unknown }, ctx: z.RefinementCtx, isRequired: boolean) => {
  if (body.daysOfWeek !== undefined && body.rrule !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['rrule'], message: 'Give daysOfWeek or rrule, not both.' });
  } else if (isRequired && body.daysOfWeek === undefined && body.rrule === undefined) {
    ctx.addIssue({ code: 'custom', path: ['daysOfWeek'], message: 'Give daysOfWeek or rrule.' });
  }
};

/** `POST /schedules`: one weekly working window of the shop (no staffId) or of a staff member. */
export const CreateWeeklyHoursBodySchema = z
  .object({
    shopId: UuidSchema.describe('Your shop.'),
    staffId: UuidSchema.optional().describe('A staff member of that shop; absent = the shop\'s opening hours.'),
    daysOfWeek: DaysOfWeekSchema.optional(),
    rrule: RruleSchema.optional(),
    startTime: StartTimeSchema,
    endTime: EndTimeSchema,
    validFrom: ValidFromSchema.optional(),
    validUntil: ValidUntilSchema.optional(),
  })
  .strict()
  .superRefine((body, ctx) => oneRuleSource(body, ctx, true));
export type CreateWeeklyHoursBody = z.infer<typeof CreateWeeklyHoursBodySchema>;

/** `PUT /schedules/{id}`: any of the fields; the merged row is validated as a whole. */
export const UpdateWeeklyHoursBodySchema = z
  .object({
    daysOfWeek: DaysOfWeekSchema.optional(),
    rrule: RruleSchema.optional(),
    startTime: StartTimeSchema.optional(),
    endTime: EndTimeSchema.optional(),
    validFrom: ValidFromSchema.nullable().optional().describe('null clears it.'),
    validUntil: ValidUntilSchema.nullable().optional().describe('null clears it.'),
  })
  .strict()
  .superRefine((body, ctx) => {
    oneRuleSource(body, ctx, false);
    if (Object.keys(body).length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'Give at least one field to change.' });
  });
export type UpdateWeeklyHoursBody = z.infer<typeof UpdateWeeklyHoursBodySchema>;

export const WeeklyHoursSchema = z.object({
  id: UuidSchema.describe('The weekly window\'s id (for PUT and DELETE /schedules/{id}).'),
  shopId: UuidSchema.describe('Its shop.'),
  staffId: UuidSchema.nullable().describe('null = the shop\'s opening hours; else this staff member\'s working hours.'),
  rrule: z.string().describe('The stored weekly rule (upper case, except a TZID\'s zone name).'),
  daysOfWeek: z.array(DayOfWeekSchema).describe('The rule\'s BYDAY days, Monday first.'),
  startTime: z.string().describe('Local start, HH:mm.'),
  endTime: z.string().describe('Local end, HH:mm (24:00 = midnight; before startTime = the next date).'),
  validFrom: z.string().nullable().describe('First local date it applies, or null.'),
  validUntil: z.string().nullable().describe('Last local date it applies, or null.'),
});
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;
