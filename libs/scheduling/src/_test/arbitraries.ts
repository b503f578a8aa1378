import fc from 'fast-check';
import { type DateOverride, type LocalWindow, type ScheduleInput, type TimeOff, type WeeklyRule } from '../types';
import { ALL_DAY } from './build-input';
import { FIRST_DAY, LAST_DAY, toLocalDate, transitionDays, ZONES } from './zones';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export type Scenario = { zone: string; fromDay: number; toDay: number; input: ScheduleInput };

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const windowArb: fc.Arbitrary<LocalWindow> = fc
  .record({ start: fc.integer({ min: 0, max: 287 }), length: fc.integer({ min: 3, max: 144 }) })
  .map(({ start, length }) => ({ start: hhmm(start * 5), end: hhmm(Math.min(1440, (start + length) * 5)) }));

const ruleArb: fc.Arbitrary<WeeklyRule> = fc
  .record({ days: fc.subarray([...WEEKDAYS], { minLength: 1 }), window: windowArb })
  .map(({ days, window }) => ({ rrule: `FREQ=WEEKLY;BYDAY=${days.join(',')}`, ...window }));

const staffArb = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), rules: fc.array(ruleArb, { minLength: 1, maxLength: 3 }) }),
  { minLength: 1, maxLength: 3, selector: (member) => member.id },
);

// Start dates lean on each zone's transition days, where the bugs would be.
const fromDayArb = (zone: string): fc.Arbitrary<number> => {
  const anyDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY - 3 });
  const transitions = transitionDays(zone);
  return transitions.length === 0 ? anyDay : fc.oneof(anyDay, fc.constantFrom(...transitions));
};

const seedsArb = fc.record({
  dayOffset: fc.integer({ min: 0, max: 2 }),
  owner: fc.integer({ min: -1, max: 2 }),
  isClosed: fc.boolean(),
  windows: fc.array(windowArb, { minLength: 1, maxLength: 2 }),
  minute: fc.integer({ min: -600, max: 1440 + 600 }),
  length: fc.integer({ min: 5, max: 300 }),
});

/** Random shops: a zone from ZONES, 1–3 local dates in 2026–2027, staff, rules, overrides, time off. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc.constantFrom(...ZONES).chain((zone) =>
  fc
    .record({
      fromDay: fromDayArb(zone),
      days: fc.integer({ min: 1, max: 3 }),
      staff: staffArb,
      openingHours: fc.oneof(
        { arbitrary: fc.constant<WeeklyRule[]>([ALL_DAY]), weight: 2 },
        { arbitrary: fc.array(ruleArb, { minLength: 1, maxLength: 3 }), weight: 1 },
      ),
      duration: fc.integer({ min: 1, max: 36 }),
      buffers: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })),
      ownDuration: fc.option(fc.integer({ min: 1, max: 36 })),
      interval: fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90),
      notice: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 720 })),
      advance: fc.oneof(fc.constant(30), fc.integer({ min: 0, max: 30 })),
      // Mostly before the range, sometimes inside it, so that notice and advance both bite.
      nowMinutes: fc.integer({ min: -4 * 1440, max: 720 }),
      overrideSeeds: fc.array(seedsArb, { maxLength: 3 }),
      timeOffSeeds: fc.array(seedsArb, { maxLength: 3 }),
    })
    .map((seed) => {
      const toDay = seed.fromDay + seed.days - 1;
      const ids = seed.staff.map((member) => member.id);
      const overrides = new Map<string, DateOverride>();
      for (const o of seed.overrideSeeds) {
        const date = toLocalDate(seed.fromDay + Math.min(o.dayOffset, seed.days - 1));
        const staffId = ids[o.owner];
        const base = staffId === undefined ? { date } : { date, staffId };
        overrides.set(`${date}/${staffId}`, o.isClosed ? { ...base, kind: 'closed' } : { ...base, kind: 'open', windows: o.windows });
      }
      const timeOff: TimeOff[] = seed.timeOffSeeds.map((t, index) => {
        const startMs = (seed.fromDay + t.dayOffset) * DAY_MS + t.minute * MINUTE_MS;
        const staffId = ids[Math.abs(t.owner + index) % ids.length] as string;
        return { staffId, start: new Date(startMs).toISOString(), end: new Date(startMs + t.length * MINUTE_MS).toISOString() };
      });
      const input: ScheduleInput = {
        timeZone: zone,
        openingHours: seed.openingHours,
        staff: seed.staff,
        overrides: [...overrides.values()],
        timeOff,
        occupied: [],
        service: {
          durationMinutes: seed.duration * 5,
          bufferBeforeMinutes: seed.buffers[0] * 5,
          bufferAfterMinutes: seed.buffers[1] * 5,
          staff: ids.map((staffId, index) =>
            index === 0 && seed.ownDuration !== null ? { staffId, durationMinutes: seed.ownDuration * 5 } : { staffId },
          ),
        },
        policy: { slotIntervalMinutes: seed.interval, minNoticeMinutes: seed.notice, maxAdvanceDays: seed.advance },
        now: new Date(seed.fromDay * DAY_MS + seed.nowMinutes * MINUTE_MS).toISOString(),
      };
      return { zone, fromDay: seed.fromDay, toDay, input };
    }),
);
