import fc from 'fast-check';
import { scenarioArb } from './_test/arbitraries';
import { buildInput, type Setup } from './_test/build-input';
import { toLocalDate } from './_test/zones';
import { checkSlot } from './check-slot';
import { listSlots } from './list-slots';
import { type OccupiedRange, type ScheduleInput, type ServiceSegment } from './types';

const DAY = { from: '2026-06-01', to: '2026-06-01' };
const COLOUR: ServiceSegment[] = [{ kind: 'active', minutes: 30 }, { kind: 'processing', minutes: 45 }, { kind: 'active', minutes: 15 }];
// London in June is +01:00: local 09:00 is 08:00Z.
const salon = (service: Setup['service'], occupied: OccupiedRange[] = []): ScheduleInput =>
  buildInput({ timeZone: 'Europe/London', staff: [{ id: 'ann', rules: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '09:00', end: '12:00' }] }], service, policy: { slotIntervalMinutes: 15 }, occupied });
const localStarts = (input: ScheduleInput) => {
  const result = listSlots(input, DAY);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((slot) => slot.localStart.slice(11, 16));
};
const holdsOf = (input: ScheduleInput, start: string, bookingId: string): OccupiedRange[] => {
  const result = checkSlot(input, { start });
  if (!result.ok || !result.value.isBookable) throw new Error(`${start} refused`);
  return result.value.holds.map((hold) => ({ staffId: result.value.isBookable ? result.value.staffId : '', bookingId, ...hold }));
};

describe('processing time (issue 13, item 1)', () => {
  const colour = { durationMinutes: 90, segments: COLOUR, bufferBeforeMinutes: 0, bufferAfterMinutes: 5 };

  it('a booking holds its active segments (the last one with the buffer after), and shows its segments', () => {
    const result = checkSlot(salon(colour), { start: '2026-06-01T08:00:00Z' });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({
      end: '2026-06-01T09:30:00.000Z',
      occupied: { start: '2026-06-01T08:00:00.000Z', end: '2026-06-01T09:35:00.000Z' },
      holds: [{ start: '2026-06-01T08:00:00.000Z', end: '2026-06-01T08:30:00.000Z' }, { start: '2026-06-01T09:15:00.000Z', end: '2026-06-01T09:35:00.000Z' }],
      segments: [
        { kind: 'active', start: '2026-06-01T08:00:00.000Z', end: '2026-06-01T08:30:00.000Z' },
        { kind: 'processing', start: '2026-06-01T08:30:00.000Z', end: '2026-06-01T09:15:00.000Z' },
        { kind: 'active', start: '2026-06-01T09:15:00.000Z', end: '2026-06-01T09:30:00.000Z' },
      ],
    }) });
    const slots = listSlots(salon(colour), DAY);
    expect(slots.ok && slots.value[0]!.segments?.map((segment) => segment.kind)).toEqual(['active', 'processing', 'active']);
  });

  it('a second client’s cut fits into the processing gap, and only where it fits', () => {
    const held = holdsOf(salon(colour), '2026-06-01T08:00:00Z', 'colour');
    // The gap is 09:30–10:15 local: a 30-minute cut may start 09:30 or 09:45, not 10:00.
    const cuts = localStarts(salon({ durationMinutes: 30 }, held));
    expect(cuts.filter((time) => time < '10:30')).toEqual(['09:30', '09:45']);
    const afterCut = [...held, ...holdsOf(salon({ durationMinutes: 30 }, held), '2026-06-01T08:30:00Z', 'cut')];
    expect(localStarts(salon({ durationMinutes: 30 }, afterCut)).filter((time) => time < '10:30')).toEqual([]);
  });

  it('a colour fits around another colour’s processing when its active parts do', () => {
    const held = holdsOf(salon(colour), '2026-06-01T08:00:00Z', 'first');
    // The first holds 09:00–09:30 and 10:15–10:35 local. A second colour at 09:30 or 09:45 applies in
    // the gap (09:45–10:15 ends as the first's finishing starts) and finishes after it; 10:00 would clash.
    expect(localStarts(salon(colour, held))).toEqual(['09:30', '09:45']);
  });

  it('a staff member’s own version replaces the segments; a mismatching sum is refused', () => {
    const input = salon({ ...colour, staff: [{ staffId: 'ann', segments: [{ kind: 'active', minutes: 20 }, { kind: 'processing', minutes: 20 }, { kind: 'active', minutes: 10 }] }] });
    const result = checkSlot(input, { start: '2026-06-01T08:00:00Z' });
    expect(result.ok && result.value.isBookable && result.value.end).toBe('2026-06-01T08:50:00.000Z');
    expect(listSlots(salon({ ...colour, durationMinutes: 60 }), DAY)).toMatchObject({ ok: false, error: { code: 'invalid_number', path: 'service.segments' } });
    expect(listSlots(salon({ ...colour, segments: [{ kind: 'processing', minutes: 90 }] }), DAY)).toMatchObject({ ok: false, error: { path: 'service.segments' } });
    expect(listSlots(salon({ ...colour, segments: [{ kind: 'rest', minutes: 90 }] as never }), DAY)).toMatchObject({ ok: false, error: { path: 'service.segments[0].kind' } });
  });
});

describe('property: with processing time, no two active holds of one stylist overlap and listing = booking', () => {
  const segmentsArb = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }))
    .map(([a, p, b]): ServiceSegment[] => [{ kind: 'active', minutes: a * 5 }, { kind: 'processing', minutes: p * 5 }, ...(b > 0 ? [{ kind: 'active' as const, minutes: b * 5 }] : [])]);
  const stepsArb = fc.array(fc.record({ slot: fc.nat(), staff: fc.option(fc.nat()), short: fc.boolean() }), { minLength: 1, maxLength: 10 });

  it('holds for random zones, rules, segments and booking sequences (short services fill the gaps)', () => {
    fc.assert(
      fc.property(scenarioArb, segmentsArb, stepsArb, (scenario, segments, steps) => {
        const total = segments.reduce((sum, segment) => sum + segment.minutes, 0);
        const base = scenario.input;
        const colour: ScheduleInput = { ...base, service: { ...base.service, durationMinutes: total, segments, staff: base.service.staff.map(({ staffId }) => ({ staffId })) } };
        const short: ScheduleInput = { ...base, service: { ...base.service, durationMinutes: 5, staff: base.service.staff.map(({ staffId }) => ({ staffId })) } };
        const range = { from: toLocalDate(scenario.fromDay), to: toLocalDate(scenario.toDay) };
        let occupied: OccupiedRange[] = [];
        for (const [index, step] of steps.entries()) {
          const input = { ...(step.short ? short : colour), occupied };
          const listed = listSlots(input, range);
          if (!listed.ok) throw new Error(listed.error.message);
          const slot = listed.value[step.slot % Math.max(1, listed.value.length)];
          if (!slot) continue;
          const staffId = step.staff === null ? undefined : slot.staffIds[step.staff % slot.staffIds.length];
          const result = checkSlot(input, { start: slot.start, staffId });
          if (!result.ok || !result.value.isBookable) throw new Error(`listed ${slot.start} refused`);
          occupied = [...occupied, ...result.value.holds.map((hold) => ({ staffId: result.value.isBookable ? result.value.staffId : '', bookingId: `b${index}`, ...hold }))];
        }
        const ms = (value: string | Date) => new Date(value).getTime();
        for (const a of occupied) {
          const clashes = occupied.filter((b) => b !== a && b.staffId === a.staffId && ms(b.start) < ms(a.end) && ms(b.end) > ms(a.start));
          expect(clashes).toEqual([]);
        }
      }),
      { numRuns: 120 },
    );
  });
});
