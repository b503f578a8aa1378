import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createBooking } from '@salon/booking';
import { makeCustomer, makeService, makeShop, makeStaff, makeUser, makeWeeklyHours, useTestDatabase } from '@salon/db/testing';
import pino from 'pino';
import { loadWorkerConfig } from './config';
import { isLoopback } from './dev-mail';
import { startWorker } from './server';

const EVERY_DAY = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU';

// The embedded mode (no SENDGRID_API_KEY): a booking's emails land in the dev mail folder and the
// worker serves them; on PGlite by default, on PostgreSQL with DATABASE_URL.
describe('the dev mail folder', () => {
  const database = useTestDatabase();
  let dir: string;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let base: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'salon-mail-'));
    const config = { ...loadWorkerConfig({ MAIL_DIR: dir, JOB_POLL_INTERVAL_SECONDS: '0.5' }), WORKER_PORT: 0 };
    worker = await startWorker({ config, database: database(), logger: pino({ level: 'silent' }) });
    base = `http://127.0.0.1:${worker.port}`;
  });
  afterAll(async () => {
    await worker?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps both emails of a booking, lists them, renders one and serves its invite; /readyz reports the queues', async () => {
    const { db } = database();
    const shop = await makeShop(db, { email: 'desk@shop.test', minNoticeMinutes: 0 });
    const service = await makeService(db, { shopId: shop.id });
    const stylist = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
    await makeWeeklyHours(db, { shopId: shop.id, rrule: EVERY_DAY, startLocal: '00:00', endLocal: '24:00' });
    await makeWeeklyHours(db, { shopId: shop.id, staffId: stylist.id, rrule: EVERY_DAY, startLocal: '00:00', endLocal: '24:00' });
    const user = await makeUser(db, { email: 'sam@customer.test' });
    const customer = await makeCustomer(db, { userId: user.id });
    const start = new Date(Math.ceil((Date.now() + 86_400_000) / 3_600_000) * 3_600_000);
    await createBooking({ ctx: { db, now: () => new Date(), userId: user.id }, input: { customerId: customer.id, shopId: shop.id, serviceId: service.id, start } });

    const list = await waitForText(`${base}/dev/mail`, 'Dev mail (2)');
    expect(list).toContain('sam@customer.test');
    expect(list).toContain('desk@shop.test');
    const id = /href="\/dev\/mail\/([^"]+)"/.exec(list)![1]!;
    const page = await fetch(`${base}/dev/mail/${id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('invite.ics');
    const invite = await fetch(`${base}/dev/mail/${id}/attachments/0`);
    expect(invite.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await invite.text()).toContain(`DTSTART:${start.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', deadLetters: 0, queues: { 'send-booking-email': { completed: 2 } } });
  });

  it.each([
    ['an unknown id', '/dev/mail/20260101T000000000Z-00000000'],
    ['a path out of the folder', '/dev/mail/..%2F..%2Fetc%2Fpasswd'],
    ['a NUL byte', '/dev/mail/%00'],
    ['an attachment index out of range', '/dev/mail/20260101T000000000Z-00000000/attachments/9'],
    ['an attachment index that is no number', '/dev/mail/x/attachments/-1'],
  ])('answers %s with 404 in the error envelope', async (_name, url) => {
    const res = await fetch(`${base}${url}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('answers only over loopback: the kept mail is customers\' mail', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.1.2.3'].every(isLoopback)).toBe(true);
    expect(['10.0.0.5', '::ffff:192.168.1.9', '172.17.0.1', 'fe80::1', undefined, '127.0.0.1.evil'].some(isLoopback)).toBe(false);
  });

  it('is refused in production: the worker will not start there without SENDGRID_API_KEY', () => {
    expect(() => loadWorkerConfig({ NODE_ENV: 'production' })).toThrow(/SENDGRID_API_KEY: required in production/);
    expect(loadWorkerConfig({ NODE_ENV: 'production', SENDGRID_API_KEY: 'SG.x' }).SENDGRID_API_KEY).toBe('SG.x');
  });
});

async function waitForText(url: string, text: string): Promise<string> {
  for (let i = 0; i < 300; i += 1) {
    const body = await (await fetch(url)).text();
    if (body.includes(text)) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never showed "${text}"`);
}
