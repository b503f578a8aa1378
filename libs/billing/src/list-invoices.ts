import { decodeKeysetCursor, encodeKeysetCursor } from '@salon/contracts-common';
import { and, desc, eq, lt, or, payments, subscriptions, type Database } from '@salon/db';
import { type Audience } from './context';

/** GET /subscriptions/invoices: the user's payments on one side, newest first (createdAt, then id), by cursor. */
export async function listInvoices({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { userId: string; audience: Audience; limit: number; cursor?: string };
}) {
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : null;
  const rows = await ctx.db
    .select({ payment: payments })
    .from(payments)
    .innerJoin(subscriptions, eq(subscriptions.id, payments.subscriptionId))
    .where(
      and(
        eq(payments.userId, input.userId),
        eq(subscriptions.audience, input.audience),
        after ? or(lt(payments.createdAt, after.createdAt), and(eq(payments.createdAt, after.createdAt), lt(payments.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit).map((r) => r.payment);
  const last = page.at(-1);
  return {
    items: page.map((p) => ({
      id: p.id,
      amountMinor: p.amountMinor,
      currency: p.currency,
      status: p.status,
      reason: p.billingReason,
      periodStart: p.periodStart?.toISOString() ?? null,
      periodEnd: p.periodEnd?.toISOString() ?? null,
      paidAt: p.paidAt?.toISOString() ?? null,
      hostedInvoiceUrl: p.hostedInvoiceUrl,
      createdAt: p.createdAt.toISOString(),
    })),
    nextCursor: rows.length > input.limit && last ? encodeKeysetCursor(last) : null,
  };
}
