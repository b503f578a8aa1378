import { type CachedResponse } from '@salon/cache';
import { type Request, type Response } from 'express';
import { Stream } from 'node:stream';

/**
 * A body ts-rest sends as is: it pipes any Stream body to the response (after setting the status
 * it was given) instead of calling res.json, so bytes serialized once are not stringified, hashed
 * or validated again on every request. Not modified: it turns the answer into a bodiless 304.
 */
class SerializedBody extends Stream {
  constructor(
    private readonly bytes: Buffer,
    private readonly isNotModified: boolean,
  ) {
    super();
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T): T {
    const res = destination as unknown as Response;
    if (this.isNotModified) {
      res.status(304).end();
    } else {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Length', this.bytes.byteLength);
      res.end(this.bytes);
    }
    return destination;
  }
}

/**
 * The ts-rest result for an answer serialized earlier. With its strong ETag and
 * `Cache-Control: no-cache` (clients may keep it but must revalidate: a booking can take a slot at
 * any moment); a request whose If-None-Match names the ETag gets 304 with no body (express's
 * `req.fresh`, which also honours a request's `Cache-Control: no-cache`), as express's res.json did
 * with its weak ETag. The 304 stays out of the contract: ts-rest's typed client cannot infer a
 * route that declares a no-body response, and its fetch only sees one if the caller sends If-None-Match.
 */
export function sendCachedResponse<TBody>(req: Request, res: Response, response: CachedResponse): { status: 200; body: TBody } {
  res.setHeader('ETag', response.etag);
  res.setHeader('Cache-Control', 'no-cache');
  // The bytes are the contract's shape, serialized by the use case (checked there in tests).
  return { status: 200, body: new SerializedBody(response.body, req.fresh) as unknown as TBody };
}
