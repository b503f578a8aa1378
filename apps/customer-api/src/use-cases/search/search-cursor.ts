import { ValidationError } from '@salon/errors';

/** Where a search page ended: the last examined shop's sort key (distance, relevance or created-at ms) and id. */
export type SearchCursor = { key: number; id: string };

/** Opaque to clients; keyset, so pages never repeat or skip a shop when others are added. */
export const encodeSearchCursor = (cursor: SearchCursor): string =>
  Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');

export function decodeSearchCursor(text: string): SearchCursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof key !== 'number' || !Number.isFinite(key) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error();
    return { key, id };
  } catch {
    throw new ValidationError('The cursor is not valid.', [{ path: 'query.cursor', message: 'Use nextCursor from a previous page of the same search.' }]);
  }
}
