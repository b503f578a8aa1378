/** A file sent with an email; `content` is the file's text (UTF-8), e.g. an iCalendar invite. */
export type EmailAttachment = { filename: string; contentType: string; content: string };

/** One email to one address, ready to send. */
export type EmailMessage = {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  attachments: EmailAttachment[];
  /** Provider tags for tracing (SendGrid `categories`): the message kind. */
  categories: string[];
  /** Provider metadata for tracing (SendGrid `custom_args`): kind, booking id, dedupe key. */
  customArgs: Record<string, string>;
};

/** What a notifier reports after the provider accepted the message. */
export type SendReceipt = { providerMessageId: string | null };

/**
 * The notifier port: the worker sends through it and never sees a provider SDK. Implementations:
 * SendGrid (createSendGridNotifier) and the dev mail folder (createMailFolderNotifier).
 * A failure throws AppError: `retryable: true` for a provider outage or rate limit (429, 5xx,
 * network), `retryable: false` for a message the provider refuses (other 4xx).
 */
export interface Notifier {
  send(message: EmailMessage): Promise<SendReceipt>;
}
