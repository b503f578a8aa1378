import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { ALL_DAY, buildInput, EVERY_DAY, type Setup } from './_test/build-input';
import { transitionDays } from './_test/zones';
import { checkSlot } from './check-slot';
import { listSlots } from './list-slots';
import { listWorkingWindows } from './list-working-windows';
import { type Slot } from './types';

const MINUTE_MS = 60_000;

/** The instant of a local wall-clock time, by Temporal's "compatible" rule (the independent oracle). */
const instant = (zone: string, date: string, time: string): number =>
  Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
const nextDate = (date: string): string => Temporal.PlainDate.from(date).add({ days: 1 }).toString();
const localDateOf = (zone: string, ms: number): string => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDate().toString();

/** Starts of one window's real-time grid, by the rules: from its start, every interval, while the service fits. */
function expectedGrid(zone: string, date: string, window: { start: string; end: string }, minutes: { duration: number; interval: number }): number[] {
  const startMs = instant(zone, date, window.start);
  const endMs = instant(zone, window.end <= window.start ? nextDate(date) : date, window.end);
  const starts: number[] = [];
  for (let t = startMs; t + minutes.duration * MINUTE_MS <= endMs; t += minutes.interval * MINUTE_MS) starts.push(t);
  return starts;
}

function list(setup: Setup, from: string, to: string): Slot[] {
  const result = listSlots(buildInput(setup), { from, to });
  if (!result.ok) throw new Error(`${result.error.path}: ${result.error.message}`);
  return result.value;
}

describe('overnight windows (issue 13, item 3)', () => {
  // The nights clocks change: London 29 March (01:00 → 02:00) and 25 October (02:00 → 01:00) 2026,
  // New York 8 March (02:00 → 03:00) and 1 November (02:00 → 01:00) 2026. Each is a Saturday night.
  const NIGHTS = [
    ['Europe/London', '2026-03-28'],
    ['Europe/London', '2026-10-24'],
    ['America/New_York', '2026-03-07'],
    ['America/New_York', '2026-10-31'],
  ] as const;
  const WINDOWS = [{ start: '22:30', end: '01:30' }, { start: '22:30', end: '03:30' }];

  describe.each(NIGHTS)('%s, the night after %s', (zone, date) => {
    it.each(WINDOWS)('a weekly rule $start–$end gives exactly the real-time grid, across midnight', (window) => {
      const setup: Setup = { timeZone: zone, staff: [{ id: 'ann', rules: [{ rrule: 'FREQ=WEEKLY;BYDAY=SA', ...window }] }], policy: { slotIntervalMinutes: 30 } };
      const slots = list(setup, date, nextDate(date));
      const expected = expectedGrid(zone, date, window, { duration: 60, interval: 30 });
      expect(slots.map((slot) => Date.parse(slot.start))).toEqual(expected);
      // Each slot is listed on the local date it starts on, and a service may run past midnight.
      expect(slots.map((slot) => slot.localDate)).toEqual(expected.map((ms) => localDateOf(zone, ms)));
      expect(slots.some((slot) => slot.localDate === date && localDateOf(zone, Date.parse(slot.end)) !== date)).toBe(true);
      for (const slot of slots) {
        expect(checkSlot(buildInput(setup), { start: slot.start })).toMatchObject({ ok: true, value: { isBookable: true, start: slot.start } });
      }
    });

    it('a date override with an overnight window does the same, and the staff member’s closure of the next date does not cut it', () => {
      const window = { start: '22:30', end: '01:30' };
      const setup: Setup = {
        timeZone: zone,
        staff: [{ id: 'ann', rules: [] }],
        overrides: [{ date, staffId: 'ann', kind: 'open', windows: [window] }, { date: nextDate(date), staffId: 'ann', kind: 'closed' }],
      };
      const slots = list(setup, date, nextDate(date));
      expect(slots.map((slot) => Date.parse(slot.start))).toEqual(expectedGrid(zone, date, window, { duration: 60, interval: 60 }));
    });
  });

  it('a start after midnight is bookable only where the previous date’s window reaches', () => {
    const setup: Setup = { timeZone: 'Europe/London', staff: [{ id: 'ann', rules: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '22:00', end: '02:00' }] }] };
    expect(checkSlot(buildInput(setup), { start: '2026-06-02T00:00:00Z' })).toMatchObject({ ok: true, value: { isBookable: true } }); // Tue 01:00 BST
    expect(checkSlot(buildInput(setup), { start: '2026-06-03T00:00:00Z' })).toMatchObject({ ok: true, value: { isBookable: false } }); // Wed 01:00
  });

  it('the shop’s hours bound a staff member’s night: split at midnight they join, overnight they bound it', () => {
    const split = [{ rrule: EVERY_DAY, start: '20:00', end: '24:00' }, { rrule: EVERY_DAY, start: '00:00', end: '01:00' }];
    const staff = [{ id: 'ann', rules: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '22:00', end: '03:00' }] }];
    const starts = (openingHours: Setup['openingHours']) => list({ timeZone: 'UTC', openingHours, staff }, '2026-06-01', '2026-06-02').map((s) => s.start.slice(11, 16));
    expect(starts(split)).toEqual(['22:00', '23:00', '00:00']);
    expect(starts([{ rrule: EVERY_DAY, start: '21:00', end: '02:00' }])).toEqual(['22:00', '23:00', '00:00', '01:00']);
  });

  it('working windows show the overnight window on the date it starts on', () => {
    const result = listWorkingWindows(
      { timeZone: 'UTC', openingHours: [ALL_DAY], staff: [{ id: 'ann', rules: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '22:00', end: '02:00' }] }], overrides: [], timeOff: [] },
      { from: '2026-06-01', to: '2026-06-02' },
    );
    expect(result.ok && result.value.map((day) => [day.localDate, day.windows, day.minutes])).toEqual([
      ['2026-06-01', [{ start: '2026-06-01T22:00:00.000Z', end: '2026-06-02T02:00:00.000Z' }], 240],
      ['2026-06-02', [], 0],
    ]);
  });
});

describe('property: overnight windows give exactly the Temporal grid, once each, and listing = booking', () => {
  const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const FIRST = Date.UTC(2026, 0, 1) / 86_400_000;
  // Half the nights are the zone's transition nights (or next to them); buildInput's booking window ends 2027-12-01.
  const dayArb = (zone: string) => {
    const near = transitionDays(zone).map((day) => day - FIRST - 1).filter((day) => day >= 0 && day <= 690);
    const any = fc.integer({ min: 0, max: 690 });
    return near.length === 0 ? any : fc.oneof(any, fc.constantFrom(...near));
  };
  const zoneArb = fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Chatham', 'Asia/Kathmandu');
  const arb = fc.record({
    zone: zoneArb,
    day: fc.constant(0),
    start: fc.integer({ min: 18 * 12, max: 23 * 12 + 11 }).map((n) => n * 5),
    end: fc.integer({ min: 1, max: 6 * 12 }).map((n) => n * 5),
    duration: fc.integer({ min: 1, max: 36 }).map((n) => n * 5),
    interval: fc.constantFrom(10, 15, 20, 30, 45, 60),
  }).chain((seed) => dayArb(seed.zone).map((day) => ({ ...seed, day })));

  it('holds on random zones and 2026–2027 nights (transition nights included by chance and by range)', () => {
    fc.assert(
      fc.property(arb, ({ zone, day, start, end, duration, interval }) => {
        const first = Temporal.PlainDate.from('2026-01-01').add({ days: day }).toString();
        const last = Temporal.PlainDate.from(first).add({ days: 2 }).toString();
        const window = { start: hhmm(start), end: hhmm(end) };
        const setup: Setup = { timeZone: zone, staff: [{ id: 'ann', rules: [{ rrule: EVERY_DAY, ...window }] }], service: { durationMinutes: duration }, policy: { slotIntervalMinutes: interval } };
        const expected: number[] = [];
        for (let d = Temporal.PlainDate.from(first).subtract({ days: 1 }); Temporal.PlainDate.compare(d, Temporal.PlainDate.from(last)) <= 0; d = d.add({ days: 1 })) {
          expected.push(...expectedGrid(zone, d.toString(), window, { duration, interval }).filter((ms) => localDateOf(zone, ms) >= first && localDateOf(zone, ms) <= last));
        }
        const slots = list(setup, first, last);
        expect(slots.map((slot) => Date.parse(slot.start))).toEqual(expected);
        const listed = new Set(expected);
        for (const probe of [...expected.slice(0, 4), ...expected.slice(0, 4).map((ms) => ms + 5 * MINUTE_MS)]) {
          const result = checkSlot(buildInput(setup), { start: new Date(probe) });
          expect(result.ok && result.value.isBookable).toBe(listed.has(probe));
        }
      }),
      { numRuns: 200 },
    );
  });
});
