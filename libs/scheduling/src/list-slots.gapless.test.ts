import fc from 'fast-check';
import { scenarioArb } from './_test/arbitraries';
import { buildInput, type Setup } from './_test/build-input';
import { toLocalDate } from './_test/zones';
import { checkSlot } from './check-slot';
import { listSlots } from './list-slots';
import { type OccupiedRange, type ScheduleInput } from './types';

const MINUTE_MS = 60_000;
const DAY = { from: '2026-06-01', to: '2026-06-01' };
// London in June is +01:00: local 09:00 is 08:00Z.
const booked = (start: string, end: string, staffId = 'ann'): OccupiedRange => ({ staffId, bookingId: `${staffId}-${start}`, start, end });

function localTimes(setup: Setup): string[] {
  const result = listSlots(buildInput(setup), DAY);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((slot) => `${slot.localStart.slice(11, 16)} ${slot.staffIds.join(',')}`);
}

describe('gapless starts (issue 13, item 4)', () => {
  const base: Setup = {
    timeZone: 'Europe/London',
    staff: [{ id: 'ann', rules: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '09:00', end: '12:00' }] }],
    service: { durationMinutes: 60 },
    policy: { slotIntervalMinutes: 30 },
    occupied: [booked('2026-06-01T08:00:00Z', '2026-06-01T08:45:00Z')], // 09:00–09:45 local
  };

  it('grid: the quarter hour after a 45-minute booking is dead', () => {
    expect(localTimes(base)).toEqual(['10:00 ann', '10:30 ann', '11:00 ann']);
  });

  it('gapless: 09:45 is offered, exactly where the booking ends, and bookable', () => {
    const setup = { ...base, policy: { slotIntervalMinutes: 30, startAlignment: 'gapless' as const } };
    expect(localTimes(setup)).toEqual(['09:45 ann', '10:00 ann', '10:30 ann', '11:00 ann']);
    expect(checkSlot(buildInput(setup), { start: '2026-06-01T08:45:00Z' })).toMatchObject({ ok: true, value: { isBookable: true, staffId: 'ann', end: '2026-06-01T09:45:00.000Z' } });
    expect(checkSlot(buildInput(setup), { start: '2026-06-01T08:50:00Z' })).toMatchObject({ ok: true, value: { isBookable: false, reason: 'not_a_slot' } });
  });

  it('gapless with a buffer before: the new occupied range starts where the old one ends', () => {
    const setup = { ...base, service: { durationMinutes: 60, bufferBeforeMinutes: 10 }, policy: { slotIntervalMinutes: 30, startAlignment: 'gapless' as const } };
    expect(localTimes(setup)).toEqual(['09:55 ann', '10:00 ann', '10:30 ann', '11:00 ann']);
  });

  it('an off-grid start is only the stylist’s whose booking ends there, and never past the window', () => {
    const setup: Setup = {
      ...base,
      staff: [...base.staff!, { id: 'bob', rules: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '09:00', end: '12:00' }] }],
      occupied: [booked('2026-06-01T08:00:00Z', '2026-06-01T08:45:00Z'), booked('2026-06-01T08:00:00Z', '2026-06-01T10:20:00Z', 'bob')],
      policy: { slotIntervalMinutes: 30, startAlignment: 'gapless' },
    };
    // bob is free from 11:20, but 11:20 + 60 min passes 12:00.
    expect(localTimes(setup)).toEqual(['09:45 ann', '10:00 ann', '10:30 ann', '11:00 ann']);
  });

  it('refuses an unknown alignment', () => {
    const input = buildInput({ ...base, policy: { startAlignment: 'free' as never } });
    expect(listSlots(input, DAY)).toMatchObject({ ok: false, error: { code: 'invalid_type', path: 'policy.startAlignment' } });
  });
});

describe('property: gapless starts appear exactly at the ends of bookings, and listing = booking', () => {
  const bookingsArb = fc.array(fc.record({ minute: fc.integer({ min: -600, max: 3 * 1440 }), length: fc.integer({ min: 1, max: 40 }), who: fc.nat() }), { minLength: 1, maxLength: 10 });

  it('holds for random zones, dates, rules and bookings', () => {
    fc.assert(
      fc.property(scenarioArb, bookingsArb, (scenario, seeds) => {
        const ids = scenario.input.service.staff.map((performer) => performer.staffId);
        const occupied = seeds.map((seed, index): OccupiedRange => {
          const startMs = scenario.fromDay * 86_400_000 + seed.minute * MINUTE_MS;
          return { staffId: ids[seed.who % ids.length]!, bookingId: `b${index}`, start: new Date(startMs), end: new Date(startMs + seed.length * 5 * MINUTE_MS) };
        });
        const grid: ScheduleInput = { ...scenario.input, occupied };
        const gapless: ScheduleInput = { ...grid, policy: { ...grid.policy, startAlignment: 'gapless' } };
        const range = { from: toLocalDate(scenario.fromDay), to: toLocalDate(scenario.toDay) };
        const [onGrid, withGaps] = [listSlots(grid, range), listSlots(gapless, range)];
        if (!onGrid.ok || !withGaps.ok) throw new Error('unexpected error');
        const gridStarts = new Map(onGrid.value.map((slot) => [slot.start, slot]));
        const bufferBeforeMs = grid.service.bufferBeforeMinutes * MINUTE_MS;
        const endsOf = (staffId: string) => occupied.filter((o) => o.staffId === staffId).map((o) => (o.end as Date).getTime() + bufferBeforeMs);
        for (const slot of withGaps.value) {
          const before = gridStarts.get(slot.start);
          // Every extra start (or extra staff member) sits exactly where that staff member's booking ends.
          for (const staffId of slot.staffIds.filter((id) => !before?.staffIds.includes(id))) {
            expect(endsOf(staffId)).toContain(Date.parse(slot.start));
          }
        }
        // Grid starts stay listed.
        const gaplessStarts = new Set(withGaps.value.map((slot) => slot.start));
        for (const start of gridStarts.keys()) expect(gaplessStarts.has(start)).toBe(true);
        // Every booking end is bookable with gapless exactly when listed (same code path).
        const listed = new Map(withGaps.value.map((slot) => [Date.parse(slot.start), slot]));
        for (const o of occupied) {
          const startMs = (o.end as Date).getTime() + bufferBeforeMs;
          const date = new Intl.DateTimeFormat('en-CA', { timeZone: scenario.zone }).format(new Date(startMs));
          if (date < range.from || date > range.to) continue;
          const check = checkSlot(gapless, { start: new Date(startMs), staffId: o.staffId });
          if (!check.ok) throw new Error(check.error.message);
          expect(check.value.isBookable).toBe(listed.get(startMs)?.staffIds.includes(o.staffId) ?? false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
