import fc from 'fast-check';
import { scenarioArb, type Scenario } from './_test/arbitraries';
import { forbidLocalTime } from './_test/forbid-local-time';
import { wallClockOf } from './_test/oracle';
import { isCovered, workingRanges } from './_test/window-oracle';
import { toLocalDate } from './_test/zones';
import { checkSlot } from './check-slot';
import { listSlots } from './list-slots';
import { type OccupiedRange, type ScheduleInput, type Slot } from './types';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const ms = (value: string | Date): number => (typeof value === 'string' ? Date.parse(value) : value.getTime());

function list(scenario: Scenario, input: ScheduleInput = scenario.input): Slot[] {
  const result = listSlots(input, { from: toLocalDate(scenario.fromDay), to: toLocalDate(scenario.toDay) });
  if (!result.ok) throw new Error(`${result.error.path}: ${result.error.message}`);
  return result.value;
}

const overlaps = (a: { start: string | Date; end: string | Date }, startMs: number, endMs: number): boolean =>
  ms(a.start) < endMs && ms(a.end) > startMs;

describe('listSlots properties (random zones, 2026–2027 dates, rules)', () => {
  it('every slot lies in a working window of its staff and of the shop, outside time off and policy bounds', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { input } = scenario;
        const slots = forbidLocalTime(() => list(scenario));
        const nowMs = ms(input.now);
        for (const slot of slots) {
          const startMs = ms(slot.start);
          expect(startMs).toBeGreaterThanOrEqual(nowMs + input.policy.minNoticeMinutes * MINUTE_MS);
          expect(startMs).toBeLessThanOrEqual(nowMs + input.policy.maxAdvanceDays * DAY_MS);
          const shop = workingRanges(input, undefined, slot.localDate);
          for (const { staffId, end } of slot.staff) {
            const endMs = ms(end);
            expect([slot.localStart, staffId, isCovered(shop, startMs, endMs)]).toEqual([slot.localStart, staffId, true]);
            expect(isCovered(workingRanges(input, staffId, slot.localDate), startMs, endMs)).toBe(true);
            const off = input.timeOff.filter((t) => t.staffId === staffId && overlaps(t, startMs, endMs));
            expect(off).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every local start exists: it round-trips through the zone; no slot appears twice', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const slots = list(scenario);
        for (const slot of slots) {
          expect(wallClockOf(scenario.zone, ms(slot.start))).toBe(slot.localStart.slice(0, 19));
          expect(Date.parse(slot.localStart)).toBe(ms(slot.start));
          expect(slot.start.endsWith('Z')).toBe(true);
          expect(slot.localDate).toBe(slot.localStart.slice(0, 10));
          expect(slot.localDate >= toLocalDate(scenario.fromDay) && slot.localDate <= toLocalDate(scenario.toDay)).toBe(true);
        }
        const starts = slots.map((slot) => ms(slot.start));
        expect(starts.every((start, i) => i === 0 || start > (starts[i - 1] as number))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('booking listed slots one after another never double-books a staff member', () => {
    const stepsArb = fc.array(fc.record({ slot: fc.nat(), staff: fc.option(fc.nat()) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(scenarioArb, stepsArb, (scenario, steps) => {
        let input = scenario.input;
        for (const [index, step] of steps.entries()) {
          const slots = list(scenario, input);
          const slot = slots[step.slot % Math.max(1, slots.length)];
          if (!slot) break;
          const staffId = step.staff === null ? undefined : slot.staffIds[step.staff % slot.staffIds.length];
          const result = checkSlot(input, { start: slot.start, staffId });
          if (!result.ok || !result.value.isBookable) throw new Error(`listed slot ${slot.start} refused`);
          const booked = result.value;
          expect(booked.staffId).toBe(staffId ?? slot.staffIds[0]);
          expect(booked.end).toBe(slot.staff.find((s) => s.staffId === booked.staffId)?.end);
          const occupied: OccupiedRange = { staffId: booked.staffId, bookingId: `b${index}`, ...booked.occupied };
          input = { ...input, occupied: [...input.occupied, occupied] };
        }
        for (const a of input.occupied) {
          const clashes = input.occupied.filter((b) => b !== a && b.staffId === a.staffId && overlaps(b, ms(a.start), ms(a.end)));
          expect(clashes).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a listed time is bookable with each listed staff member, and a time not listed is refused', () => {
    const probesArb = fc.array(fc.integer({ min: -24 * 60, max: 4 * 24 * 60 }), { minLength: 5, maxLength: 20 });
    fc.assert(
      fc.property(scenarioArb, probesArb, (scenario, probes) => {
        const slots = list(scenario);
        const listed = new Map(slots.map((slot) => [ms(slot.start), slot]));
        for (const slot of slots.slice(0, 5)) {
          for (const staffId of slot.staffIds) {
            expect(checkSlot(scenario.input, { start: slot.start, staffId })).toMatchObject({ ok: true, value: { isBookable: true, staffId } });
          }
        }
        const nearListed = slots.slice(0, 5).map((slot) => ms(slot.start) + MINUTE_MS);
        const [from, to] = [toLocalDate(scenario.fromDay), toLocalDate(scenario.toDay)];
        // Only instants on the listed dates: a time on another date may be bookable but unlisted here.
        const isInRange = (startMs: number): boolean => {
          const date = wallClockOf(scenario.zone, startMs).slice(0, 10);
          return date >= from && date <= to;
        };
        const candidates = [...probes.map((p) => scenario.fromDay * DAY_MS + p * MINUTE_MS), ...nearListed];
        for (const startMs of candidates.filter(isInRange)) {
          const result = checkSlot(scenario.input, { start: new Date(startMs) });
          if (!result.ok) throw new Error(result.error.message);
          const slot = listed.get(startMs);
          expect(result.value.isBookable ? result.value.staffId : null).toBe(slot ? slot.staffIds[0] : null);
        }
      }),
      { numRuns: 100 },
    );
  });
});
