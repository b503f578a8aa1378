import { TZDate } from '@date-fns/tz';
import { createRandom } from '../random';
import { windowsOf, type Window } from './shop-hours';

export const TIME_ZONE = 'Europe/London';
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Index 1 is the one previewed: 45 minutes plus a 15-minute clean-up, as in the engine bench. */
export const SERVICES = [
  { name: 'Cut', durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, priceMinor: 2500 },
  { name: 'Cut and finish', durationMinutes: 45, bufferBeforeMinutes: 0, bufferAfterMinutes: 15, priceMinor: 4500 },
  { name: 'Colour', durationMinutes: 90, bufferBeforeMinutes: 10, bufferAfterMinutes: 10, priceMinor: 9000 },
] as const;
export const PREVIEWED_SERVICE = 1;

export type OwnerShopOptions = {
  /** First benchmarked shop-local date, a Monday; the week is it plus 6 days. */
  weekStart: string;
  /** Days of bookings before `weekStart` (0: the week only). */
  historyDays: number;
  staffCount: number;
  customerCount: number;
  /** Chance that a free 15-minute step starts a booking: 0.42 holds about 60 % of working time. */
  density: number;
};

export type GeneratedBooking = {
  staff: number; service: number; customer: number; startsAt: Date; endsAt: Date;
  holdStart: Date; holdEnd: Date; status: 'confirmed' | 'completed' | 'cancelled' | 'no_show';
};

/** Rows by index (staff 0.., service 0.., customer 0..); the seeder turns indexes into ids. */
export type OwnerShop = {
  staffShifts: number[];
  overrides: { staff: number | null; date: string; isClosed: boolean; windows: Window[] }[];
  timeOff: { staff: number; startsAt: Date; endsAt: Date }[];
  bookings: GeneratedBooking[];
  /** Share of the week's working time held by active bookings (buffers included). */
  weekOccupancy: number;
};

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const instants = new Map<string, number>();

/** The UTC instant of a London wall-clock time (memoised: TZDate is slow and dates repeat). */
export function londonInstant(date: string, time: string): Date {
  const key = `${date}T${time}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [h, min] = time.split(':').map(Number) as [number, number];
    ms = new TZDate(y, m - 1, d, h, min, TIME_ZONE).getTime();
    instants.set(key, ms);
  }
  return new Date(ms);
}

/**
 * A London shop for the owner HTTP bench, the same on every run for the same options: split
 * shifts Mon–Sat, overrides and time off in the benchmarked week, and bookings at `density`
 * over the week and the `historyDays` before it. The week and the history use separate PRNG
 * streams, so a shop without history has exactly the same week.
 */
export function generateOwnerShop(options: OwnerShopOptions): OwnerShop {
  const { weekStart } = options;
  const staffShifts = Array.from({ length: options.staffCount }, (_, index) => index % 2);
  const overrides: OwnerShop['overrides'] = [
    { staff: null, date: addDays(weekStart, 5), isClosed: false, windows: [{ start: '08:00', end: '16:00' }] },
    { staff: 2 % options.staffCount, date: addDays(weekStart, 2), isClosed: false, windows: [{ start: '12:00', end: '20:00' }] },
    { staff: 7 % options.staffCount, date: addDays(weekStart, 4), isClosed: true, windows: [] },
  ];
  const timeOff: OwnerShop['timeOff'] = [
    { staff: 5 % options.staffCount, startsAt: londonInstant(addDays(weekStart, 3), '14:00'), endsAt: londonInstant(addDays(weekStart, 3), '19:00') },
    { staff: 8 % options.staffCount, startsAt: londonInstant(addDays(weekStart, -200), '00:00'), endsAt: londonInstant(addDays(weekStart, -195), '00:00') },
  ];
  const shop = { staffShifts, overrides, timeOff };
  const week = fillDays(shop, options, weekStart, 7, createRandom(7));
  const history = fillDays(shop, options, addDays(weekStart, -options.historyDays), options.historyDays, createRandom(11), true);
  return { ...shop, bookings: [...history.bookings, ...week.bookings], weekOccupancy: week.heldMinutes / week.workingMinutes };
}


function fillDays(shop: Omit<OwnerShop, 'bookings' | 'weekOccupancy'>, options: OwnerShopOptions, first: string, days: number, random: () => number, isPast = false) {
  const bookings: GeneratedBooking[] = [];
  let workingMinutes = 0;
  let heldMinutes = 0;
  for (let day = 0; day < days; day += 1) {
    const date = addDays(first, day);
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) continue; // closed on Sundays
    shop.staffShifts.forEach((shift, staff) => {
      for (const window of windowsOf(shop, staff, shift, date)) {
        const start = londonInstant(date, window.start).getTime();
        const end = londonInstant(date, window.end).getTime();
        if (shop.timeOff.some((off) => off.staff === staff && off.startsAt.getTime() < end && off.endsAt.getTime() > start)) continue;
        workingMinutes += (end - start) / MINUTE_MS;
        let at = start;
        while (at < end) {
          if (random() >= options.density) {
            at += 15 * MINUTE_MS;
            continue;
          }
          const service = Math.floor(random() * SERVICES.length);
          const { durationMinutes, bufferBeforeMinutes, bufferAfterMinutes } = SERVICES[service]!;
          const startsAt = at + bufferBeforeMinutes * MINUTE_MS;
          const holdEnd = startsAt + (durationMinutes + bufferAfterMinutes) * MINUTE_MS;
          if (holdEnd > end) {
            at += 15 * MINUTE_MS;
            continue;
          }
          const roll = random();
          const status = isPast ? (roll < 0.85 ? 'completed' : roll < 0.95 ? 'cancelled' : 'no_show') : roll < 0.95 ? 'confirmed' : 'cancelled';
          if (status !== 'cancelled') heldMinutes += (holdEnd - at) / MINUTE_MS;
          bookings.push({
            staff, service, status, customer: Math.floor(random() * options.customerCount),
            startsAt: new Date(startsAt), endsAt: new Date(startsAt + durationMinutes * MINUTE_MS),
            holdStart: new Date(at), holdEnd: new Date(holdEnd),
          });
          at = holdEnd;
        }
      }
    });
  }
  return { bookings, workingMinutes, heldMinutes };
}

/** The Monday after today in London: always ahead of "now", within the shop's 60 bookable days. */
export function nextLondonMonday(now: Date): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, ((8 - weekday) % 7) || 7);
}
