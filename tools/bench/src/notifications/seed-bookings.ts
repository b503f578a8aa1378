import { type Database } from '@salon/db';
import { makeBooking, makeCustomer, makeService, makeShop, makeStaff, makeUser } from '@salon/db/testing';

/** One shop with an email, one customer, `count` bookings an hour apart from tomorrow: what the emails name. */
export async function seedBookings(db: Database, count: number) {
  const shop = await makeShop(db, { name: 'Bench Salon', email: 'desk@bench.test', addressLine: '1 Bench Street' });
  const service = await makeService(db, { shopId: shop.id, durationMinutes: 30 });
  const stylist = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  const customer = await makeCustomer(db, { userId: (await makeUser(db, { email: 'customer@bench.test', roles: ['customer'] })).id });
  const first = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 86_400_000;
  const bookings = [];
  for (let n = 0; n < count; n += 1) {
    const startsAt = new Date(first + n * 3_600_000);
    const { booking } = await makeBooking(db, { shopId: shop.id, serviceId: service.id, staffId: stylist.id, customerId: customer.id, startsAt, endsAt: new Date(startsAt.getTime() + 1_800_000) });
    bookings.push(booking);
  }
  return bookings;
}
