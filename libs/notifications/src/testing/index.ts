// @salon/notifications/testing: a local SendGrid for tests (the real SDK points at it).
export { startSendGridTestServer, type SendGridTestServer, type ReceivedEmail, type Refusal } from './sendgrid-test-server';
