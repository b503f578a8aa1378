/** A rendered email body. */
export type Rendered = { subject: string; text: string; html: string };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Names come from users (shop names, notes): every value is escaped before it meets HTML. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The one layout every email shares: a headline and a table of facts, as text and as HTML. */
export function renderLayout(input: { subject: string; headline: string; rows: Array<[string, string]> }): Rendered {
  const text = [input.headline, '', ...input.rows.map(([label, value]) => `${label}: ${value}`), '', 'The calendar invite is attached.'].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#222">',
    `<p style="font-size:16px">${escapeHtml(input.headline)}</p>`,
    '<table cellpadding="4" style="border-collapse:collapse">',
    ...input.rows.map(([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`),
    '</table>',
    '<p style="color:#666">The calendar invite is attached.</p>',
    '</body></html>',
  ].join('\n');
  return { subject: input.subject, text, html };
}
