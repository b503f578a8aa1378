import { and, eq, gt, or, type SQL } from '@salon/db';
import { decodeKeysetCursor as decodeShopCursor, encodeKeysetCursor as encodeShopCursor } from '@salon/contracts-common';

type Column = Parameters<typeof gt>[0];
type Key = { createdAt: Date; id: string };

/**
 * Rows after the cursor's `(createdAt, id)` in ascending order: the same opaque keyset cursor as
 * GET /shops, for any table listed oldest first. Undefined (no condition) on the first page.
 * @throws ValidationError on a cursor that is not one of ours
 */
export function afterCursor(columns: { createdAt: Column; id: Column }, cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const after = decodeShopCursor(cursor);
  return or(gt(columns.createdAt, after.createdAt), and(eq(columns.createdAt, after.createdAt), gt(columns.id, after.id)));
}

/** `{ items, nextCursor }` from `limit + 1` rows: the extra row only says another page exists. */
export function toPage<TRow, TItem>(rows: TRow[], limit: number, keyOf: (row: TRow) => Key, toItem: (row: TRow) => TItem) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && last ? encodeShopCursor(keyOf(last)) : null,
  };
}
