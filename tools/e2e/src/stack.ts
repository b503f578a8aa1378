import { createTestSigner } from '@salon/auth/testing';
import { liftPlanLimits } from '@salon/billing/testing';
import * as customerApi from '@salon/customer-api/embedded';
import { eq, users, type DatabaseHandle } from '@salon/db';
import { makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import * as ownerApi from '@salon/owner-api/embedded';
import * as worker from '@salon/worker/embedded';
import pino from 'pino';

const silent = pino({ level: 'silent' });
const EVERY_DAY = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU';

/** Environment every process of a test stack shares: no rate limit in the way, quick polling. */
export const testEnv = (sendGridUrl: string, extra: Record<string, string> = {}): Record<string, string> => ({
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '1000000',
  RATE_LIMIT_PER_IP_PER_MINUTE: '1000000',
  SENDGRID_API_KEY: 'SG.test-key',
  SENDGRID_BASE_URL: sendGridUrl,
  EMAIL_FROM: 'bookings@salon.test',
  JOB_POLL_INTERVAL_SECONDS: '0.5',
  JOB_MAINTENANCE_INTERVAL_SECONDS: '1',
  SHUTDOWN_TIMEOUT_MS: '5000',
  ...extra,
});

/** Both APIs on free ports over `database`, trusting a signer made for this stack. */
export async function startApis(database: DatabaseHandle, env: Record<string, string>) {
  // These stacks test delivery, not plans: a customer here books far more than Free's 2 a month.
  await liftPlanLimits(database.db);
  const signer = createTestSigner();
  const apiEnv = { ...env, CLERK_JWT_KEY: signer.publicKeyPem };
  // Port 0: the OS picks a free one (the config schema itself insists on a real port).
  const customer = await customerApi.start({ config: { ...customerApi.loadConfig(apiEnv), CUSTOMER_API_PORT: 0 }, database, logger: silent });
  const owner = await ownerApi.start({ config: { ...ownerApi.loadConfig(apiEnv), OWNER_API_PORT: 0 }, database, logger: silent });
  const token = (name: string, role: 'owner' | 'customer', sub = `user_${name}`) =>
    signer.sign({ sub, sid: `sess_${name}`, email: `${name}@example.test`, name, role, expiresIn: '1h' });
  const call = (port: number) => async (method: string, path: string, bearer: string, body?: unknown) => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return {
    token,
    customer: call(customer.port),
    owner: call(owner.port),
    close: async () => {
      await customer.close();
      await owner.close();
    },
  };
}

/** The worker in this process (most tests); fault tests spawn it as its own process instead. */
export function startWorkerInProcess(database: DatabaseHandle, env: Record<string, string>) {
  return worker.start({ config: { ...worker.loadConfig(env), WORKER_PORT: 0 }, database, logger: silent });
}

/** A London shop open around the clock with one stylist, booking on a 15-minute grid from now on. */
export async function makeOpenShop(db: DatabaseHandle['db'], opts: { requiresApproval?: boolean } = {}) {
  const owner = await makeOwner(db);
  const shop = await makeShop(db, {
    ownerId: owner.id, name: 'Nina Hair Soho', addressLine: '12 Greek Street', postalCode: 'W1D 4DH', email: 'desk@nina.test',
    minNoticeMinutes: 0, maxAdvanceDays: 365, cancellationNoticeMinutes: 0, requiresApproval: opts.requiresApproval ?? false,
  });
  const service = await makeService(db, { shopId: shop.id, name: 'Cut & Finish', durationMinutes: 15 });
  const stylist = await makeStaff(db, { shopId: shop.id, displayName: 'Ana Costa', serviceIds: [service.id] });
  await makeWeeklyHours(db, { shopId: shop.id, rrule: EVERY_DAY, startLocal: '00:00', endLocal: '24:00' });
  await makeWeeklyHours(db, { shopId: shop.id, staffId: stylist.id, rrule: EVERY_DAY, startLocal: '00:00', endLocal: '24:00' });
  const [user] = await db.select({ clerkUserId: users.clerkUserId }).from(users).where(eq(users.id, owner.userId));
  return { shop, service, stylist, ownerSub: user!.clerkUserId };
}

/** The `n`th free 15-minute slot start, counted from the next whole hour at least `hoursAhead` away (UTC ISO). */
export function slotAt(hoursAhead: number, n = 0): string {
  const start = Math.ceil((Date.now() + hoursAhead * 3_600_000) / 3_600_000) * 3_600_000;
  return new Date(start + n * 15 * 60_000).toISOString();
}

/** Polls `probe` until it returns a value (not undefined); fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
