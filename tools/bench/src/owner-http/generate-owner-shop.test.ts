import { addDays, generateOwnerShop, type OwnerShopOptions } from './generate-owner-shop';

describe('generateOwnerShop (the owner HTTP bench fixture)', () => {
  const options: OwnerShopOptions = { weekStart: '2026-12-07', historyDays: 730, staffCount: 10, customerCount: 200, density: 0.42 };
  const shop = generateOwnerShop(options);
  const weekStartsAt = Date.parse('2026-12-07T00:00:00Z');

  it('is the same shop on every run', () => {
    expect(generateOwnerShop(options)).toEqual(shop);
  });

  it('has over 20,000 bookings of history and about 60 % of the week held', () => {
    expect(shop.bookings.filter((booking) => booking.startsAt.getTime() < weekStartsAt).length).toBeGreaterThan(20_000);
    expect(shop.weekOccupancy).toBeGreaterThan(0.5);
    expect(shop.weekOccupancy).toBeLessThan(0.7);
  });

  it('never gives one staff member two overlapping holds (the exclusion constraint would refuse them)', () => {
    for (let staff = 0; staff < options.staffCount; staff += 1) {
      const holds = shop.bookings.filter((booking) => booking.staff === staff).sort((a, b) => a.holdStart.getTime() - b.holdStart.getTime());
      holds.slice(1).forEach((hold, index) => expect(hold.holdStart.getTime()).toBeGreaterThanOrEqual(holds[index]!.holdEnd.getTime()));
    }
  });

  it('gives a shop without history exactly the same week', () => {
    const twin = generateOwnerShop({ ...options, historyDays: 0 });
    expect(twin.bookings).toEqual(shop.bookings.filter((booking) => booking.startsAt.getTime() >= weekStartsAt));
    expect(twin.bookings.every((booking) => booking.startsAt < new Date(`${addDays(options.weekStart, 7)}T00:00:00Z`))).toBe(true);
  });

  it('keeps bookings out of time off and off Sundays', () => {
    const [off] = shop.timeOff;
    expect(shop.bookings.some((b) => b.staff === off!.staff && b.holdStart < off!.endsAt && b.holdEnd > off!.startsAt)).toBe(false);
    expect(shop.bookings.some((b) => b.startsAt.getUTCDay() === 0)).toBe(false);
  });
});
