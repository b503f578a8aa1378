import { DEMO_BOOKINGS } from './demo-data/bookings';
import { bookableDate, withStaffRate } from './insert-bookings';
import { addDays, isoDate, localToday } from './local-calendar';
import { DEMO_SHOPS } from './seed-demo-data';

const DAY_MS = 86_400_000;

// The demo bookings are placed relative to "now": whatever day the seed runs, each must land on a
// working day of its staff member within two weeks. Two weeks of start days cover every weekday,
// and the dates include the March DST changes in London, New York and Sydney.
const NOWS = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 2, 20, 23, 30) + i * DAY_MS));

describe('bookableDate', () => {
  it.each(NOWS.map((now) => [now.toISOString(), now]))('places every demo booking when run at %s', (_label, now) => {
    for (const spec of DEMO_BOOKINGS) {
      const shop = DEMO_SHOPS.find((s) => s.key === spec.shop);
      const service = shop?.services.find((s) => s.key === spec.service);
      if (!shop || !service) throw new Error(`unknown shop or service in ${JSON.stringify(spec)}`);
      const withDefaults = withStaffRate(shop, spec, { bufferBeforeMinutes: 0, bufferAfterMinutes: 0, ...service });
      const date = isoDate(bookableDate(shop, spec, withDefaults, now));
      const today = localToday(now, shop.timeZone);
      expect(date >= isoDate(addDays(today, spec.dayOffset))).toBe(true);
      expect(date <= isoDate(addDays(today, 13))).toBe(true);
    }
  });
});
