import { LocalDateSchema, localTime, text, UuidSchema } from '@salon/contracts-common';
import { z } from 'zod';

const LocalWindowSchema = z
  .object({
    start: localTime().describe('Local start, HH:mm.'),
    end: localTime({ allowMidnightEnd: true }).describe('Local end, HH:mm (24:00 = midnight); before start = overnight, ending that time on the next date.'),
  })
  .strict();

/** `POST /schedules/overrides`: a date closed, or open only in other windows. */
export const CreateDateOverrideBodySchema = z
  .object({
    shopId: UuidSchema.describe('Your shop.'),
    staffId: UuidSchema.optional().describe('A staff member of that shop; absent = the whole shop.'),
    date: LocalDateSchema.describe('The shop-local date replaced, YYYY-MM-DD.'),
    isClosed: z.boolean().optional().describe('true: nobody works that date. Give this or windows.'),
    windows: z
      .array(LocalWindowSchema)
      .min(1)
      .max(12)
      .optional()
      .describe('The windows worked that date instead of the weekly hours; they may touch but not overlap. Give this or isClosed: true.'),
    reason: text({ max: 200 }).optional().describe('Why, e.g. "Bank holiday". PUBLIC for a shop-wide date (no staffId): customers see it, without signing in, in the shop\'s opening hours for 14 days ahead. A staff member\'s stays private.'),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.isClosed === true && body.windows !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['windows'], message: 'A closed date has no windows.' });
    } else if (body.isClosed !== true && body.windows === undefined) {
      ctx.addIssue({ code: 'custom', path: ['windows'], message: 'Give windows, or isClosed: true.' });
    }
  });
export type CreateDateOverrideBody = z.infer<typeof CreateDateOverrideBodySchema>;

export const DateOverrideSchema = z.object({
  id: UuidSchema.describe('The override\'s id.'),
  shopId: UuidSchema.describe('Its shop.'),
  staffId: UuidSchema.nullable().describe('null = the whole shop.'),
  date: z.string().describe('Shop-local date, YYYY-MM-DD.'),
  isClosed: z.boolean().describe('true: nobody works that date.'),
  windows: z
    .array(z.object({ start: z.string().describe('Local start, HH:mm.'), end: z.string().describe('Local end, HH:mm (24:00 = midnight).') }))
    .describe('Windows worked instead, sorted; empty when closed.'),
  reason: z.string().nullable().describe('Why; null when not given. Public for a shop-wide date (customer opening hours), private for a staff member\'s.'),
});
export type DateOverride = z.infer<typeof DateOverrideSchema>;

export const ListDateOverridesQuerySchema = z
  .object({
    from: LocalDateSchema.optional().describe('First local date (inclusive); default today in the shop\'s zone.'),
    to: LocalDateSchema.optional().describe('Last local date (inclusive); default from + 89 days. At most 366 days after from.'),
  })
  .strict();
