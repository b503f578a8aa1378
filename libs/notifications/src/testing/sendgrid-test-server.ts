import { randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

/** A message as the test server received it from the real SendGrid SDK (attachments decoded). */
export type ReceivedEmail = {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  categories: string[];
  customArgs: Record<string, string>;
  attachments: Array<{ filename: string; type: string; content: string }>;
  messageId: string;
  /** When the server accepted it. */
  receivedAt: Date;
};

/** Decides a request's answer: a status to refuse it with, or undefined to accept it (202). */
export type Refusal = (mail: ReceivedEmail) => number | undefined;

type SendGridBody = {
  personalizations: Array<{ to: Array<{ email: string }> }>;
  from: { email: string };
  subject: string;
  content?: Array<{ type: string; value: string }>;
  categories?: string[];
  custom_args?: Record<string, string>;
  attachments?: Array<{ filename: string; type: string; content: string }>;
};

/**
 * A local stand-in for SendGrid's `POST /v3/mail/send`, for tests: point the real SDK at `url`
 * (createSendGridNotifier's `baseUrl`). Accepted messages land in `received`; `refuse` scripts
 * outages (503), rate limits (429) and refusals (400). It requires a Bearer key, as SendGrid does.
 */
export async function startSendGridTestServer() {
  const received: ReceivedEmail[] = [];
  // Every send as it arrives, before any delay or refusal: what a worker has in hand.
  const started: ReceivedEmail[] = [];
  let refusal: Refusal = () => undefined;
  let refusedCount = 0;
  let delayMs = 0;
  let requestCount = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => void respond());
    const respond = async () => {
      requestCount += 1;
      // Every send body is JSON from the SDK; parsed on arrival so `started` shows what is in hand.
      const isSend = req.method === 'POST' && req.url === '/v3/mail/send';
      const mail = isSend ? toReceived(JSON.parse(Buffer.concat(chunks).toString('utf8')) as SendGridBody) : undefined;
      if (mail) started.push(mail);
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (!mail) return answer(res, 404, { errors: [{ message: 'not found' }] });
      if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) return answer(res, 401, { errors: [{ message: 'no API key' }] });
      const status = refusal(mail);
      if (status !== undefined) {
        refusedCount += 1;
        return answer(res, status, { errors: [{ message: `refused with ${status} by the test server` }] });
      }
      received.push(mail);
      res.writeHead(202, { 'x-message-id': mail.messageId }).end();
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Every send request as it arrived (answered or not yet, accepted or refused). */
    started,
    /** How many requests arrived so far (answered or not yet). */
    requestCount: () => requestCount,
    /** Holds every answer back this long (a slow provider), in milliseconds. */
    delayAnswers(ms: number) {
      delayMs = ms;
    },
    /** How many requests were refused so far. */
    refusedCount: () => refusedCount,
    /** Replaces how requests are answered (undefined = accept). */
    refuse(next: Refusal) {
      refusal = next;
    },
    /** Answers every request with `status` for `ms` milliseconds from now. */
    refuseFor(status: number, ms: number) {
      const until = Date.now() + ms;
      refusal = () => (Date.now() < until ? status : undefined);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SendGridTestServer = Awaited<ReturnType<typeof startSendGridTestServer>>;

function toReceived(body: SendGridBody): ReceivedEmail {
  const content = (type: string) => body.content?.find((part) => part.type === type)?.value ?? '';
  return {
    to: body.personalizations[0]?.to[0]?.email ?? '',
    from: body.from.email,
    subject: body.subject,
    text: content('text/plain'),
    html: content('text/html'),
    categories: body.categories ?? [],
    customArgs: body.custom_args ?? {},
    attachments: (body.attachments ?? []).map((file) => ({ ...file, content: Buffer.from(file.content, 'base64').toString('utf8') })),
    messageId: randomUUID(),
    receivedAt: new Date(),
  };
}

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
