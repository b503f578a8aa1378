import { ValidationError } from '@salon/errors';

type ShopKey = { createdAt: Date; id: string };

/** Keyset cursor (createdAt, id): stable under inserts, unlike an offset. Opaque to clients. */
export const encodeShopCursor = (key: ShopKey): string =>
  Buffer.from(JSON.stringify([key.createdAt.toISOString(), key.id])).toString('base64url');

export function decodeShopCursor(cursor: string): ShopKey {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(String(createdAt));
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime())) throw new Error();
    return { createdAt: date, id };
  } catch {
    throw new ValidationError('The cursor is not valid.', [{ path: 'query.cursor', message: 'Use nextCursor from a previous page.' }]);
  }
}
