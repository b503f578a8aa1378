import { AppError } from '@salon/errors';
import { sendError } from '@salon/http';
import { escapeHtml, listStoredEmails, readStoredEmail } from '@salon/notifications';
import { Router } from 'express';

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto">${body}</body></html>`;

/**
 * GET /dev/mail: the emails `npm start` kept instead of sending (no SENDGRID_API_KEY), newest
 * first; /dev/mail/:id renders one; /dev/mail/:id/attachments/:n downloads its invite. Mounted
 * only in that mode, which the config refuses in production, and answered only over loopback.
 */
export function devMailRoutes(dir: string): Router {
  const router = Router();
  // The kept emails are customers' mail: only this machine may read them, whatever the bind address.
  router.use('/dev/mail', (req, res, next) => {
    if (isLoopback(req.socket.remoteAddress)) return next();
    sendError(req, res, new AppError('not_found', 'The dev mail folder is served to this machine only.'));
  });
  router.get('/dev/mail', async (_req, res) => {
    const emails = await listStoredEmails(dir);
    const rows = emails.map(
      (m) => `<tr><td>${escapeHtml(m.storedAt)}</td><td>${escapeHtml(m.to)}</td><td><a href="/dev/mail/${m.id}">${escapeHtml(m.subject)}</a></td></tr>`,
    );
    const table = emails.length === 0 ? '<p>No email yet: book something.</p>' : `<table cellpadding="4"><tr><th>kept at (UTC)</th><th>to</th><th>subject</th></tr>${rows.join('')}</table>`;
    res.type('html').send(page('Dev mail', `<h1>Dev mail (${emails.length})</h1><p>Kept in ${escapeHtml(dir)}; nothing was sent.</p>${table}`));
  });
  router.get('/dev/mail/:id', async (req, res) => {
    const m = await readStoredEmail(dir, req.params.id);
    if (!m) return sendError(req, res, new AppError('not_found', 'No such email.'));
    const files = m.attachments.map((a, n) => `<li><a href="/dev/mail/${m.id}/attachments/${n}">${escapeHtml(a.filename)}</a> (${escapeHtml(a.contentType)})</li>`);
    res.type('html').send(
      page(m.subject, [
        '<p><a href="/dev/mail">← all mail</a></p>',
        `<h1>${escapeHtml(m.subject)}</h1>`,
        `<p>From ${escapeHtml(m.from)} to ${escapeHtml(m.to)} · categories ${escapeHtml(m.categories.join(', '))} · ${escapeHtml(JSON.stringify(m.customArgs))}</p>`,
        `<iframe sandbox style="width:100%;height:24rem;border:1px solid #ccc" srcdoc="${escapeHtml(m.html)}"></iframe>`,
        `<h2>Plain text</h2><pre>${escapeHtml(m.text)}</pre>`,
        `<h2>Attachments</h2><ul>${files.join('')}</ul>`,
      ].join('\n')),
    );
  });
  router.get('/dev/mail/:id/attachments/:n', async (req, res) => {
    const m = await readStoredEmail(dir, req.params.id);
    const file = m?.attachments[Number(req.params.n)];
    if (!file || !/^\d+$/.test(req.params.n)) return sendError(req, res, new AppError('not_found', 'No such attachment.'));
    res.setHeader('content-disposition', `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`);
    res.type(file.contentType).send(file.content);
  });
  return router;
}

/** 127.0.0.0/8 and ::1, also IPv4-mapped (`::ffff:127.0.0.1`). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
