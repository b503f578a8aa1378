import { type ErrorEnvelope } from '@salon/contracts-common';
import { AppError, statusFor } from '@salon/errors';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import { type Duplex } from 'node:stream';

/**
 * Answers what Node's HTTP parser refuses before any middleware runs, in the one error envelope
 * instead of Node's bare status line (Node docs, http.Server 'clientError'): headers over the
 * server's limit (Node's 16 kB `maxHeaderSize`, HPE_HEADER_OVERFLOW) → 431 `headers_too_large`;
 * anything else that is not HTTP/1.1 → 400 `validation_failed`. A reset or timed-out client
 * gets nothing (it is gone or too slow to read one). The connection is closed after the answer.
 * Two checks Node would answer bare are handed to the app instead: a missing Host header (the
 * app's requireHost answers it in the envelope) and an `Expect` other than 100-continue (ignored,
 * which RFC 9110 §10.1.1 allows, rather than Node's empty 417).
 */
export function answerClientErrors(server: Server): void {
  (server as Server & { requireHostHeader: boolean }).requireHostHeader = false;
  server.on('checkExpectation', (req, res) => server.emit('request', req, res));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT' || !socket.writable) {
      socket.destroy();
      return;
    }
    const refusal = error.code === 'HPE_HEADER_OVERFLOW'
      ? new AppError('headers_too_large', 'The request headers are over 16 kB. Send a shorter token, fewer cookies or fewer headers.')
      : new AppError('validation_failed', 'The request is not valid HTTP/1.1.');
    const requestId = randomUUID();
    const status = statusFor(refusal.code);
    const envelope: ErrorEnvelope = { error: { code: refusal.code, message: refusal.message, details: [], requestId } };
    const body = JSON.stringify(envelope);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
