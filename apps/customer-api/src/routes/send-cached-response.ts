import { type CachedResponse } from '@salon/cache';
import { type Request, type Response } from 'express';
import { Stream } from 'node:stream';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

type Encoding = 'br' | 'gzip';

/**
 * Compressed copies of an answer, made the first time a client asks for that encoding and kept
 * with it (by identity of the bytes, so they go when the answer leaves the cache): an answer is
 * compressed once, never per request. Modest levels: ~1 ms for 50 kB, once.
 */
const encoded = new WeakMap<Buffer, Partial<Record<Encoding, Buffer>>>();

function encode(bytes: Buffer, encoding: Encoding): Buffer {
  const copies = encoded.get(bytes) ?? {};
  const copy =
    copies[encoding] ??
    (encoding === 'br'
      ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } })
      : gzipSync(bytes, { level: 6 }));
  copies[encoding] = copy;
  encoded.set(bytes, copies);
  return copy;
}

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
 * with its weak ETag. A client that accepts br or gzip gets a compressed copy, made once per answer,
 * under its own tag (another representation, another strong ETag). The 304 stays out of the
 * contract: ts-rest's typed client cannot infer a route that declares a no-body response, and its
 * fetch only sees one if the caller sends If-None-Match. (`req` is narrowed to what is read, so a
 * route whose parsed query is not express's string-valued one can pass its request.)
 */
export function sendCachedResponse<TBody>(req: Pick<Request, 'headers' | 'acceptsEncodings' | 'fresh'>, res: Response, response: CachedResponse): { status: 200; body: TBody } {
  res.vary('Accept-Encoding'); // appends: CORS may already vary on Origin
  res.setHeader('Cache-Control', 'no-cache');
  const encoding = req.headers['accept-encoding'] ? req.acceptsEncodings('br', 'gzip', 'identity') : 'identity';
  let bytes = response.body;
  if (encoding === 'br' || encoding === 'gzip') {
    bytes = encode(response.body, encoding);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('ETag', `${response.etag.slice(0, -1)}.${encoding}"`);
  } else {
    res.setHeader('ETag', response.etag);
  }
  // The bytes are the contract's shape, serialized by the use case (checked there in tests).
  return { status: 200, body: new SerializedBody(bytes, req.fresh) as unknown as TBody };
}
