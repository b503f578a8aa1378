// scheduling-cases.md cases 1–10 as database rows, so every slot endpoint (owner preview, public
// calendar view, booking) replays the same table with its exact UTC answers.
import { makeBooking, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { dateOverrides, type Database } from '@salon/db';

/** One stylist working `byDay` start–end in a shop open all week; one service they perform. */
export type CaseSetup = {
  timeZone: string;
  byDay: string;
  start: string;
  end: string;
  durationMinutes?: number;
  slotIntervalMinutes?: number;
  bufferAfterMinutes?: number;
  minNoticeMinutes?: number;
  closedDates?: string[];
  /** Confirmed bookings of the stylist (UTC starts). */
  bookingStarts?: string[];
};

export type SchedulingCase = { name: string; now: string; setup: CaseSetup; from: string; to: string; starts: string[] };

const utc = (...times: string[]) => times.map((time) => `${time}:00.000Z`);
const EARLY = '2026-01-01T00:00:00Z';
const case9: CaseSetup = {
  timeZone: 'Europe/London', byDay: 'MO', start: '09:00', end: '12:00', slotIntervalMinutes: 15, bufferAfterMinutes: 15, bookingStarts: ['2026-06-01T08:00:00Z'],
};

/** Cases 1–10 of scheduling-cases.md with their expected slot starts. */
export const SCHEDULING_CASES: SchedulingCase[] = [
  { name: 'case 1: London Mondays across the spring change', now: EARLY, setup: { timeZone: 'Europe/London', byDay: 'MO', start: '09:00', end: '12:00' },
    from: '2026-03-23', to: '2026-03-30', starts: utc('2026-03-23T09:00', '2026-03-23T10:00', '2026-03-23T11:00', '2026-03-30T08:00', '2026-03-30T09:00', '2026-03-30T10:00') },
  { name: 'case 2: London spring-forward night', now: EARLY, setup: { timeZone: 'Europe/London', byDay: 'SU', start: '00:00', end: '04:00' },
    from: '2026-03-29', to: '2026-03-29', starts: utc('2026-03-29T00:00', '2026-03-29T01:00', '2026-03-29T02:00') },
  { name: 'case 3: New York fall-back night, 01:00 twice', now: EARLY, setup: { timeZone: 'America/New_York', byDay: 'SU', start: '00:00', end: '04:00' },
    from: '2026-11-01', to: '2026-11-01', starts: utc('2026-11-01T04:00', '2026-11-01T05:00', '2026-11-01T06:00', '2026-11-01T07:00', '2026-11-01T08:00') },
  { name: 'case 4: Santiago, a day without midnight', now: EARLY, setup: { timeZone: 'America/Santiago', byDay: 'SU', start: '00:00', end: '03:00' },
    from: '2026-09-06', to: '2026-09-06', starts: utc('2026-09-06T04:00', '2026-09-06T05:00') },
  { name: 'case 5: Lord Howe, a 30-minute jump', now: EARLY,
    setup: { timeZone: 'Australia/Lord_Howe', byDay: 'SU', start: '01:00', end: '04:00', durationMinutes: 30, slotIntervalMinutes: 30 },
    from: '2026-10-04', to: '2026-10-04', starts: utc('2026-10-03T14:30', '2026-10-03T15:00', '2026-10-03T15:30', '2026-10-03T16:00', '2026-10-03T16:30') },
  { name: 'case 6: Sydney fall-back', now: EARLY, setup: { timeZone: 'Australia/Sydney', byDay: 'SU', start: '01:00', end: '04:00' },
    from: '2026-04-05', to: '2026-04-05', starts: utc('2026-04-04T14:00', '2026-04-04T15:00', '2026-04-04T16:00', '2026-04-04T17:00') },
  { name: 'case 7: Kathmandu +05:45', now: EARLY, setup: { timeZone: 'Asia/Kathmandu', byDay: 'MO', start: '10:00', end: '11:00' },
    from: '2026-06-01', to: '2026-06-01', starts: utc('2026-06-01T04:15') },
  { name: 'case 8: Berlin Tuesdays, closed on 2026-12-22', now: EARLY,
    setup: { timeZone: 'Europe/Berlin', byDay: 'TU', start: '09:00', end: '17:00', closedDates: ['2026-12-22'] },
    from: '2026-12-22', to: '2026-12-29', starts: utc(...[8, 9, 10, 11, 12, 13, 14, 15].map((hour) => `2026-12-29T${String(hour).padStart(2, '0')}:00`)) },
  { name: 'case 9: a 15-minute buffer after a 09:00 booking', now: EARLY, setup: case9,
    from: '2026-06-01', to: '2026-06-01', starts: utc('2026-06-01T09:15', '2026-06-01T09:30', '2026-06-01T09:45', '2026-06-01T10:00') },
  { name: 'case 10: 120 minutes\' notice at 08:50 local', now: '2026-06-01T07:50:00Z', setup: { ...case9, minNoticeMinutes: 120 },
    from: '2026-06-01', to: '2026-06-01', starts: utc('2026-06-01T10:00') },
];

/** Inserts a case's shop (owned by `ownerId`), service, stylist, hours, overrides and bookings. */
export async function makeCaseSalon(db: Database, ownerId: string, setup: CaseSetup) {
  const shop = await makeShop(db, {
    ownerId,
    timeZone: setup.timeZone,
    slotIntervalMinutes: setup.slotIntervalMinutes ?? 60,
    minNoticeMinutes: setup.minNoticeMinutes ?? 0,
    maxAdvanceDays: 730,
  });
  const service = await makeService(db, { shopId: shop.id, durationMinutes: setup.durationMinutes ?? 60, bufferAfterMinutes: setup.bufferAfterMinutes ?? 0 });
  const stylist = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '00:00', endLocal: '24:00' });
  await makeWeeklyHours(db, { shopId: shop.id, staffId: stylist.id, rrule: `FREQ=WEEKLY;BYDAY=${setup.byDay}`, startLocal: setup.start, endLocal: setup.end });
  for (const date of setup.closedDates ?? []) await db.insert(dateOverrides).values({ shopId: shop.id, date, isClosed: true });
  for (const start of setup.bookingStarts ?? []) {
    await makeBooking(db, { shopId: shop.id, serviceId: service.id, staffId: stylist.id, startsAt: new Date(start) });
  }
  return { shop, service, stylist };
}
