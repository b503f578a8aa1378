import { AppError } from '@salon/errors';
import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import { type EmailMessage, type Notifier } from './notifier';

export type SendGridOptions = {
  apiKey: string;
  /** Only for tests: a local server instead of https://api.sendgrid.com. */
  baseUrl?: string;
  /** Per request, in milliseconds; shorter than the job's run time limit, so a hung call is retried. */
  timeoutMs?: number;
};

/**
 * The SendGrid notifier (@sendgrid/mail v3 mail send). The base URL must be set after the API key:
 * setApiKey resets it to SendGrid's region host.
 */
export function createSendGridNotifier(opts: SendGridOptions): Notifier {
  const client = new Client();
  client.setApiKey(opts.apiKey);
  if (opts.baseUrl) client.setDefaultRequest('baseUrl', opts.baseUrl);
  const mail = new MailService();
  mail.setClient(client);
  mail.setTimeout(opts.timeoutMs ?? 30_000);
  return {
    async send(message: EmailMessage) {
      try {
        const [response] = await mail.send({
          to: message.to,
          from: message.from,
          subject: message.subject,
          text: message.text,
          html: message.html,
          categories: message.categories,
          customArgs: message.customArgs,
          attachments: message.attachments.map((file) => ({
            filename: file.filename,
            type: file.contentType,
            disposition: 'attachment',
            content: Buffer.from(file.content, 'utf8').toString('base64'),
          })),
        });
        const id = response.headers['x-message-id'];
        return { providerMessageId: typeof id === 'string' ? id : null };
      } catch (error) {
        throw classify(error);
      }
    },
  };
}

/** 429 and 5xx (and no answer at all) are the provider's trouble: retry. Any other 4xx is ours: dead letter. */
function classify(error: unknown): AppError {
  const status = (error as { code?: unknown }).code;
  if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429) {
    const body = JSON.stringify((error as { response?: { body?: unknown } }).response?.body ?? null).slice(0, 500);
    return new AppError('validation_failed', `SendGrid refused the message (${status}): ${body}`, { retryable: false, cause: error });
  }
  const reason = typeof status === 'number' ? `status ${status}` : error instanceof Error ? error.message : String(error);
  return new AppError('unavailable', `SendGrid unavailable (${reason})`, { retryable: true, cause: error });
}
