import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type EmailMessage, type Notifier } from './notifier';

/** A message kept in the dev mail folder, as the worker's GET /dev/mail shows it. */
export type StoredEmail = EmailMessage & { id: string; storedAt: string };

const ID = /^[0-9]{8}T[0-9]{9}Z-[0-9a-f]{8}$/;

/**
 * The notifier of `npm start` without SENDGRID_API_KEY: each email becomes one JSON file under
 * `dir` (e.g. `.data/mail/`), so a newcomer sees what would have been sent. Never for production:
 * the worker's config refuses it there.
 */
export function createMailFolderNotifier(dir: string): Notifier {
  return {
    async send(message) {
      await mkdir(dir, { recursive: true });
      const id = `${new Date().toISOString().replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}`;
      const stored: StoredEmail = { ...message, id, storedAt: new Date().toISOString() };
      await writeFile(path.join(dir, `${id}.json`), JSON.stringify(stored, null, 2));
      return { providerMessageId: null };
    },
  };
}

/** The stored emails, newest first; an absent folder is an empty list. */
export async function listStoredEmails(dir: string): Promise<StoredEmail[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).filter((id) => ID.test(id));
  const emails = await Promise.all(ids.map((id) => readStoredEmail(dir, id)));
  return emails.filter((email): email is StoredEmail => email !== undefined).sort((a, b) => b.id.localeCompare(a.id));
}

/** One stored email, or undefined for an unknown or malformed id (never a path outside `dir`). */
export async function readStoredEmail(dir: string, id: string): Promise<StoredEmail | undefined> {
  if (!ID.test(id)) return undefined;
  const text = await readFile(path.join(dir, `${id}.json`), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as StoredEmail);
}
