import fc from 'fast-check';
import { scenarioArb } from './_test/arbitraries';
import { buildInput } from './_test/build-input';
import { toLocalDate } from './_test/zones';
import { checkSlot } from './check-slot';
import { listSlots } from './list-slots';
import { type BookingStatus, type OccupiedRange } from './types';

const DAY = { from: '2026-06-01', to: '2026-06-01' };
const at9 = (status?: BookingStatus): OccupiedRange => ({
  staffId: 'ann', bookingId: 'b1', start: '2026-06-01T09:00:00Z', end: '2026-06-01T10:00:00Z', ...(status && { status }),
});
const startsWith = (occupied: OccupiedRange[]) => {
  const result = listSlots(buildInput({ timeZone: 'UTC', occupied }), DAY);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((slot) => slot.start);
};

describe('the engine takes booking statuses (issue 13, item 6)', () => {
  it.each<[BookingStatus | undefined, boolean]>([
    [undefined, true],
    ['pending', true],
    ['confirmed', true],
    ['completed', true],
    ['no_show', true],
    ['cancelled', false],
  ])('status %s occupies: %s', (status, occupies) => {
    expect(startsWith([at9(status)]).includes('2026-06-01T09:00:00.000Z')).toBe(!occupies);
    const check = checkSlot(buildInput({ timeZone: 'UTC', occupied: [at9(status)] }), { start: '2026-06-01T09:00:00Z' });
    expect(check).toMatchObject({ ok: true, value: { isBookable: !occupies } });
  });

  it('refuses a status it does not know, naming the field', () => {
    const input = buildInput({ timeZone: 'UTC', occupied: [{ ...at9(), status: 'gone' as BookingStatus }] });
    expect(listSlots(input, DAY)).toEqual({ ok: false, error: { code: 'invalid_type', path: 'occupied[0].status', message: expect.any(String) } });
  });

  it('property: adding cancelled bookings anywhere changes nothing', () => {
    const extraArb = fc.array(fc.record({ minute: fc.integer({ min: -1440, max: 4 * 1440 }), length: fc.integer({ min: 5, max: 600 }), who: fc.nat() }), { maxLength: 12 });
    fc.assert(
      fc.property(scenarioArb, extraArb, (scenario, extras) => {
        const ids = scenario.input.service.staff.map((performer) => performer.staffId);
        const cancelled = extras.map((extra, index): OccupiedRange => {
          const startMs = scenario.fromDay * 86_400_000 + extra.minute * 60_000;
          return { staffId: ids[extra.who % ids.length]!, bookingId: `c${index}`, start: new Date(startMs), end: new Date(startMs + extra.length * 60_000), status: 'cancelled' };
        });
        const range = { from: toLocalDate(scenario.fromDay), to: toLocalDate(scenario.toDay) };
        const plain = listSlots(scenario.input, range);
        const withCancelled = listSlots({ ...scenario.input, occupied: [...scenario.input.occupied, ...cancelled] }, range);
        expect(withCancelled).toEqual(plain);
      }),
      { numRuns: 100 },
    );
  });
});
