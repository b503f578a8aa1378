// @salon/notifications: the notifier port, its adapters, the booking email templates and invites.
export { type Notifier, type EmailMessage, type EmailAttachment, type SendReceipt } from './notifier';
export { createSendGridNotifier, type SendGridOptions } from './sendgrid-notifier';
export { createMailFolderNotifier, listStoredEmails, readStoredEmail, type StoredEmail } from './mail-folder';
export { renderBookingEmail, type BookingEmailInput, type BookingEmailKind } from './templates/booking-email';
export { escapeHtml } from './templates/layout';
export { buildInvite, type InviteInput } from './invite';
export { formatInZone, zoneAbbreviation } from './format-time';
