import fc from 'fast-check';
import { ALL_DAY, buildInput, EVERY_DAY } from './_test/build-input';
import { toLocalDate, transitionDays } from './_test/zones';
import { checkSlot } from './check-slot';
import { checkSlotReach } from './check-slot-reach';
import { localDaySpan } from './local-day-span';
import { type OccupiedRange, type TimeOff, type WeeklyRule } from './types';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Kathmandu'];
const RULES: WeeklyRule[][] = [[ALL_DAY], [{ rrule: EVERY_DAY, start: '20:00', end: '03:00' }], [{ rrule: EVERY_DAY, start: '06:00', end: '22:00' }]];
const STAFF = ['ann', 'bob', 'cat'];

/** Ranges from two days before the date to three after it: far more than the reach, so the filter matters. */
// Half of them near the date's edges, where a too-narrow reach would first show.
const minuteArb = fc.oneof(fc.integer({ min: -3 * 1440, max: 4 * 1440 }), fc.integer({ min: -360, max: 120 }), fc.integer({ min: 1320, max: 1800 }));
const rangeArb = fc.record({ startMin: minuteArb.map((m) => m - (m % 5)), minutes: fc.integer({ min: 5, max: 300 }), staff: fc.constantFrom(...STAFF) });

const scenarioArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  dayPick: fc.nat(),
  onTransition: fc.boolean(),
  staffCount: fc.integer({ min: 1, max: 3 }),
  rules: fc.constantFrom(...RULES),
  duration: fc.integer({ min: 1, max: 16 }).map((n) => n * 15),
  ownDuration: fc.option(fc.integer({ min: 1, max: 20 }).map((n) => n * 15)),
  bufferBefore: fc.constantFrom(0, 5, 15, 30, 60),
  bufferAfter: fc.constantFrom(0, 10, 15, 45),
  interval: fc.constantFrom(15, 30, 60),
  gapless: fc.boolean(),
  holds: fc.array(rangeArb, { maxLength: 40 }),
  timeOff: fc.array(rangeArb, { maxLength: 3 }),
  startMin: fc.oneof(fc.integer({ min: -60, max: 1500 }), fc.integer({ min: -30, max: 60 }), fc.integer({ min: 1380, max: 1500 })),
  onGrid: fc.boolean(),
  asks: fc.option(fc.constantFrom(...STAFF)),
  // The start and stylist given too: a named stylist on the grid narrows the reach to the start's own time.
  narrow: fc.boolean(),
});

describe('checkSlotReach', () => {
  it('checkSlot answers the same with only the ranges inside the reach as with all of them', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const transitions = transitionDays(s.zone);
        const day = s.onTransition && transitions.length > 0 ? transitions[s.dayPick % transitions.length]! : Date.UTC(2026, 5, 1) / DAY_MS + (s.dayPick % 400);
        const date = toLocalDate(day);
        const span = localDaySpan(date, s.zone);
        if (!span.ok) throw new Error(span.error.message);
        const at = (minute: number) => span.value.startMs + minute * MINUTE_MS;
        const staff = STAFF.slice(0, s.staffCount).map((id) => ({ id, rules: s.rules }));
        const occupied: OccupiedRange[] = s.holds.map((hold, index) => ({ staffId: hold.staff, bookingId: `b${index}`, start: new Date(at(hold.startMin)), end: new Date(at(hold.startMin + hold.minutes)) }));
        const timeOff: TimeOff[] = s.timeOff.map((off) => ({ staffId: off.staff, start: new Date(at(off.startMin)), end: new Date(at(off.startMin + off.minutes)) }));
        const service = {
          durationMinutes: s.duration, bufferBeforeMinutes: s.bufferBefore, bufferAfterMinutes: s.bufferAfter,
          staff: staff.map((member, index) => ({ staffId: member.id, ...(index === 0 && s.ownDuration !== null && { durationMinutes: s.ownDuration }) })),
        };
        const setup = { timeZone: s.zone, staff, service, policy: { slotIntervalMinutes: s.interval, startAlignment: s.gapless ? 'gapless' as const : 'grid' as const } };
        const startMin = s.onGrid ? s.startMin - (s.startMin % 15) : s.startMin;
        const request = { start: new Date(at(startMin)), ...(s.asks !== null && { staffId: s.asks }) };
        const reach = checkSlotReach({ date: describeDate(s.zone, at(startMin)), timeZone: s.zone, service, ...(s.narrow && { start: request.start, staffId: request.staffId, startAlignment: setup.policy.startAlignment }) });
        if (!reach.ok) throw new Error(reach.error.message);
        const inReach = (range: { start: unknown; end: unknown }) => (range.start as Date).getTime() < reach.value.endMs && (range.end as Date).getTime() > reach.value.startMs;
        const whole = checkSlot(buildInput({ ...setup, occupied, timeOff }), request);
        const reached = checkSlot(buildInput({ ...setup, occupied: occupied.filter(inReach), timeOff: timeOff.filter(inReach) }), request);
        expect(reached).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });

  it('narrows to the start’s own time for a named stylist on the grid, never for gapless or "anyone"', () => {
    const service = { durationMinutes: 60, bufferBeforeMinutes: 15, bufferAfterMinutes: 10, staff: [{ staffId: 'ann', durationMinutes: 90 }] };
    const base = { date: '2026-06-01', timeZone: 'UTC', service, start: '2026-06-01T10:00:00Z' };
    expect(checkSlotReach({ ...base, staffId: 'ann' })).toEqual({ ok: true, value: { startMs: Date.parse('2026-06-01T08:45:00Z'), endMs: Date.parse('2026-06-01T12:40:00Z') } });
    const day = { ok: true, value: { startMs: Date.parse('2026-05-31T22:45:00Z'), endMs: Date.parse('2026-06-02T02:40:00Z') } };
    expect(checkSlotReach({ ...base, staffId: 'ann', startAlignment: 'gapless' })).toEqual(day);
    expect(checkSlotReach(base)).toEqual(day);
    expect(checkSlotReach({ ...base, staffId: 'ann', start: 'soon' })).toMatchObject({ ok: false, error: { code: 'invalid_instant', path: 'start' } });
  });

  it('reaches from the buffer before the date to the longest duration and buffer after it, plus an hour each side', () => {
    const service = { durationMinutes: 60, bufferBeforeMinutes: 15, bufferAfterMinutes: 10, staff: [{ staffId: 'ann', durationMinutes: 90 }, { staffId: 'bob' }] };
    expect(checkSlotReach({ date: '2026-03-29', timeZone: 'Europe/London', service })).toEqual({
      ok: true, value: { startMs: Date.parse('2026-03-28T22:45:00Z'), endMs: Date.parse('2026-03-30T01:40:00Z') },
    });
  });
});

/** The local date of an instant in a zone (the date the start is checked on). */
function describeDate(zone: string, ms: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}
