import fc from 'fast-check';
import { scenarioArb } from './_test/arbitraries';
import { buildInput } from './_test/build-input';
import { toLocalDate } from './_test/zones';
import { checkVisit } from './check-visit';
import { listVisitSlots } from './list-visit-slots';
import { type OccupiedRange, type Service, type VisitInput } from './types';

const DAY = { from: '2026-06-01', to: '2026-06-01' };
const monday = (start: string, end: string) => [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', start, end }];
// London in June is +01:00: local 09:30 is 08:30Z.
function visit(occupied: OccupiedRange[] = []): VisitInput {
  const { service: _service, ...base } = buildInput({
    timeZone: 'Europe/London',
    staff: [{ id: 'ann', rules: monday('09:00', '12:00') }, { id: 'bob', rules: monday('10:00', '12:00') }],
    policy: { slotIntervalMinutes: 30 },
    occupied,
  });
  const cut: Service = { durationMinutes: 30, bufferBeforeMinutes: 5, bufferAfterMinutes: 5, staff: [{ staffId: 'ann' }] };
  const colour: Service = { durationMinutes: 60, bufferBeforeMinutes: 10, bufferAfterMinutes: 10, staff: [{ staffId: 'bob' }] };
  return { ...base, lines: [{ service: cut }, { service: colour, staffId: 'bob' }] };
}
const starts = (input: VisitInput) => {
  const result = listVisitSlots(input, DAY);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((slot) => slot.localStart.slice(11, 16));
};

describe('several services in one visit (issue 13, item 2)', () => {
  it('lists only starts where both lines fit back to back, each with its stylist', () => {
    expect(starts(visit())).toEqual(['09:30', '10:00', '10:30']);
    // Bob busy 11:10–11:40 local: only the 09:30 visit's colour (10:00–11:00, +10 min buffer after) ends before it.
    const bobBusy: OccupiedRange = { staffId: 'bob', bookingId: 'x', start: '2026-06-01T10:10:00Z', end: '2026-06-01T10:40:00Z' };
    expect(starts(visit([bobBusy]))).toEqual(['09:30']);
  });

  it('checkVisit agrees, and returns each line with its holds (outer buffers only)', () => {
    const result = checkVisit(visit(), { start: '2026-06-01T08:30:00Z' });
    expect(result).toEqual({ ok: true, value: {
      isBookable: true, start: '2026-06-01T08:30:00.000Z', end: '2026-06-01T10:00:00.000Z', localStart: '2026-06-01T09:30:00+01:00', localDate: '2026-06-01',
      lines: [
        { staffId: 'ann', start: '2026-06-01T08:30:00.000Z', end: '2026-06-01T09:00:00.000Z', segments: [{ kind: 'active', start: '2026-06-01T08:30:00.000Z', end: '2026-06-01T09:00:00.000Z' }], holds: [{ start: '2026-06-01T08:25:00.000Z', end: '2026-06-01T09:00:00.000Z' }] },
        { staffId: 'bob', start: '2026-06-01T09:00:00.000Z', end: '2026-06-01T10:00:00.000Z', segments: [{ kind: 'active', start: '2026-06-01T09:00:00.000Z', end: '2026-06-01T10:00:00.000Z' }], holds: [{ start: '2026-06-01T09:00:00.000Z', end: '2026-06-01T10:10:00.000Z' }] },
      ],
    } });
    expect(checkVisit(visit(), { start: '2026-06-01T08:00:00Z' })).toMatchObject({ ok: true, value: { isBookable: false, reason: 'no_staff_free' } });
    expect(checkVisit(visit(), { start: '2026-06-01T08:10:00Z' })).toMatchObject({ ok: true, value: { isBookable: false, reason: 'not_a_slot' } });
  });

  it('names the line of a bad service, and refuses a stylist who does not perform a line', () => {
    const bad = visit();
    bad.lines[1]!.service.durationMinutes = 0;
    expect(listVisitSlots(bad, DAY)).toMatchObject({ ok: false, error: { code: 'invalid_number', path: 'lines[1].service.durationMinutes' } });
    const wrong = { ...visit(), lines: [visit().lines[0]!, { ...visit().lines[1]!, staffId: 'ann' }] };
    expect(checkVisit(wrong, { start: '2026-06-01T08:30:00Z' })).toMatchObject({ ok: true, value: { isBookable: false, reason: 'staff_not_eligible' } });
    expect(listVisitSlots({ ...visit(), lines: [] }, DAY)).toMatchObject({ ok: false, error: { path: 'lines' } });
  });
});

describe('property: a two-service visit lists only starts where both fit, listing = booking, booking never overlaps', () => {
  const secondArb = fc.record({ minutes: fc.integer({ min: 1, max: 24 }).map((n) => n * 5), who: fc.nat(), pin: fc.boolean(), steps: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }) });

  it('holds for random zones, rules and second services', () => {
    fc.assert(
      fc.property(scenarioArb, secondArb, (scenario, second) => {
        const { service, ...base } = scenario.input;
        const ids = service.staff.map((performer) => performer.staffId);
        const secondService: Service = { durationMinutes: second.minutes, bufferBeforeMinutes: 0, bufferAfterMinutes: 5, staff: ids.filter((_, i) => i === second.who % ids.length || i % 2 === 0).map((staffId) => ({ staffId })) };
        const pinned = second.pin ? secondService.staff[0]!.staffId : undefined;
        let input: VisitInput = { ...base, lines: [{ service }, { service: secondService, ...(pinned && { staffId: pinned }) }] };
        const range = { from: toLocalDate(scenario.fromDay), to: toLocalDate(scenario.toDay) };
        for (const [index, step] of second.steps.entries()) {
          const listed = listVisitSlots(input, range);
          if (!listed.ok) throw new Error(listed.error.message);
          for (const slot of listed.value) {
            expect(slot.lines[0]!.end).toBe(slot.lines[1]!.start);
            if (pinned) expect(slot.lines[1]!.staffId).toBe(pinned);
          }
          const slot = listed.value[step % Math.max(1, listed.value.length)];
          if (!slot) break;
          const checked = checkVisit(input, { start: slot.start });
          if (!checked.ok || !checked.value.isBookable) throw new Error(`listed visit ${slot.start} refused`);
          expect(checked.value.lines).toEqual(slot.lines);
          const holds = checked.value.lines.flatMap((line) => line.holds.map((hold) => ({ staffId: line.staffId, bookingId: `v${index}`, ...hold })));
          input = { ...input, occupied: [...input.occupied, ...holds] };
        }
        const ms = (value: string | Date) => new Date(value).getTime();
        for (const a of input.occupied) {
          const clashes = input.occupied.filter((b) => b !== a && b.staffId === a.staffId && ms(b.start) < ms(a.end) && ms(b.end) > ms(a.start));
          expect(clashes).toEqual([]);
        }
      }),
      { numRuns: 120 },
    );
  });
});
