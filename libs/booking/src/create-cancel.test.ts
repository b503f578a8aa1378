import { bookingHolds, bookingStatusHistory, eq } from '@salon/db';
import { makeCustomer, makeService, makeShop, makeStaff, makeWeeklyHours, useTestDatabase } from '@salon/db/testing';
import { BOOKING_TRANSITIONS, canTransition, cancelBooking, createBooking } from './index';

const database = useTestDatabase();
const NOW = new Date('2026-12-01T08:00:00Z'); // a Tuesday; London is on UTC in December
const START = new Date('2026-12-02T10:00:00Z');
// Written out by hand (not read from the table under test): the only five allowed changes.
const ALLOWED = new Set(['pending>confirmed', 'pending>cancelled', 'confirmed>completed', 'confirmed>no_show', 'confirmed>cancelled']);
const STATUSES = ['pending', 'confirmed', 'cancelled', 'completed', 'no_show'] as const;

async function bookableShop(requiresApproval = false) {
  const { db } = database();
  const shop = await makeShop(db, { requiresApproval });
  await makeWeeklyHours(db, { shopId: shop.id });
  const service = await makeService(db, { shopId: shop.id });
  const member = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  const customer = await makeCustomer(db);
  const ctx = { db, now: () => NOW, userId: customer.userId };
  return { shop, service, member, customer, ctx };
}

describe('transitions table', () => {
  it.each(STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const allowed = ALLOWED.has(`${from}>${to}`);
    expect(canTransition(from, to)).toBe(allowed);
    expect((BOOKING_TRANSITIONS[from] as readonly string[]).includes(to)).toBe(allowed);
  });
});

describe('createBooking and cancelBooking', () => {
  it('books a confirmed slot with a snapshot, a hold and a history row', async () => {
    const { shop, service, member, customer, ctx } = await bookableShop();
    const booking = await createBooking({ ctx, input: { customerId: customer.id, shopId: shop.id, serviceId: service.id, start: START, staffId: member.id } });
    expect(booking).toMatchObject({ status: 'confirmed', staffId: member.id, priceMinor: 2500, durationMinutes: 30, serviceName: 'Haircut' });
    const holds = await ctx.db.select().from(bookingHolds).where(eq(bookingHolds.bookingId, booking.id));
    expect(holds).toHaveLength(1);
    const history = await ctx.db.select().from(bookingStatusHistory).where(eq(bookingStatusHistory.bookingId, booking.id));
    expect(history).toHaveLength(1);
  });

  it('waits as pending when the shop requires approval', async () => {
    const { shop, service, customer, ctx } = await bookableShop(true);
    const booking = await createBooking({ ctx, input: { customerId: customer.id, shopId: shop.id, serviceId: service.id, start: START } });
    expect(booking.status).toBe('pending');
  });

  it('refuses the same staff and time twice with slot_unavailable', async () => {
    const { shop, service, member, customer, ctx } = await bookableShop();
    const input = { customerId: customer.id, shopId: shop.id, serviceId: service.id, start: START, staffId: member.id };
    await createBooking({ ctx, input });
    await expect(createBooking({ ctx, input })).rejects.toMatchObject({ code: 'slot_unavailable' });
  });

  it('cancel frees the time at once; cancelling twice returns it unchanged', async () => {
    const { shop, service, member, customer, ctx } = await bookableShop();
    const input = { customerId: customer.id, shopId: shop.id, serviceId: service.id, start: START, staffId: member.id };
    const booking = await createBooking({ ctx, input });
    const actor = { kind: 'customer' as const, customerId: customer.id };
    const cancelled = await cancelBooking({ ctx, input: { bookingId: booking.id, actor } });
    expect(cancelled.status).toBe('cancelled');
    expect(await cancelBooking({ ctx, input: { bookingId: booking.id, actor } })).toEqual(cancelled);
    const again = await createBooking({ ctx, input });
    expect(again.status).toBe('confirmed');
  });
});
