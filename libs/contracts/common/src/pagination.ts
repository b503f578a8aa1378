import { z } from 'zod';
import { decimalQuery, text } from './primitives';

export const PaginationQuerySchema = z.object({
  limit: decimalQuery(/^\d+$/, 'Expected a whole number from 1 to 100.', z.coerce
    .number({ invalid_type_error: 'Expected a whole number from 1 to 100.' })
    .int()
    .min(1)
    .max(100))
    .default(20).describe('Page size, 1–100.'),
  cursor: text({ max: 512 }).optional().describe('Opaque cursor from the previous page\'s nextCursor.'),
});
export type PaginationQuery = z.infer<typeof PaginationQuerySchema>;

/** `{ items, nextCursor }`: lists are sorted stably and `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item).describe('This page of results, in the list\'s stable order.'),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.'),
  });
}
