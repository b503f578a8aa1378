import { tzOffset } from '@date-fns/tz';
import { forbidLocalTime } from '../_test/forbid-local-time';
import { oracleInstant } from '../_test/oracle';
import { FIRST_DAY, LAST_DAY, toLocalDate, transitionDays, ZONES } from '../_test/zones';
import { DAY_MS, MINUTE_MS } from './constants';
import { createZoneClock, type ZoneClock } from './create-zone-clock';

const clockFor = (zone: string): ZoneClock => {
  const clock = createZoneClock(zone);
  if (!clock) throw new Error(`no clock for ${zone}`);
  return clock;
};
const wall = (localDateTime: string): number => Date.parse(`${localDateTime}:00Z`);

describe('createZoneClock: rule 3 ("compatible")', () => {
  it.each([
    ['Europe/London', '2026-03-29T01:30', '2026-03-29T01:30:00.000Z', 'gap: 01:30 is 02:30 BST'],
    ['Europe/London', '2026-10-25T01:30', '2026-10-25T00:30:00.000Z', 'repeat: the first 01:30 (BST)'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z', 'gap: 02:30 is 03:30 EDT'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z', 'repeat: the first 01:30 (EDT)'],
    ['America/Santiago', '2026-09-06T00:00', '2026-09-06T04:00:00.000Z', 'gap: midnight is 01:00'],
    ['America/Santiago', '2026-04-04T23:30', '2026-04-05T02:30:00.000Z', 'repeat: the first 23:30'],
    ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45:00.000Z', 'gap of 30 minutes: 02:15 is 02:45'],
    ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45:00.000Z', 'repeat: the first 01:45 (+11:00)'],
    ['Australia/Sydney', '2026-04-05T02:30', '2026-04-04T15:30:00.000Z', 'repeat: the first 02:30 (+11:00)'],
    ['Pacific/Chatham', '2026-09-27T03:00', '2026-09-26T14:15:00.000Z', 'gap at 02:45: 03:00 is 04:00 +13:45'],
    ['Asia/Kathmandu', '2026-06-01T10:00', '2026-06-01T04:15:00.000Z', 'no transition: +05:45'],
  ])('%s %s → %s (%s)', (zone, local, expected) => {
    const instant = forbidLocalTime(() => clockFor(zone).toInstant(wall(local)));
    expect(new Date(instant).toISOString()).toBe(expected);
  });

  it('refuses zones the runtime does not know', () => {
    expect(createZoneClock('Mars/Olympus')).toBeUndefined();
    expect(createZoneClock('')).toBeUndefined();
  });

  it.each(ZONES)('agrees with the Intl oracle around every 2026–2027 transition of %s', (zone) => {
    const clock = clockFor(zone);
    for (const day of transitionDays(zone)) {
      for (let minute = 0; minute < 1440; minute += 15) {
        const expected = oracleInstant(zone, toLocalDate(day), minute);
        expect([zone, toLocalDate(day), minute, clock.toInstant(day * DAY_MS + minute * MINUTE_MS)]).toEqual([
          zone,
          toLocalDate(day),
          minute,
          expected,
        ]);
      }
    }
  });
});

describe('createZoneClock: the steady-day shortcut', () => {
  // toInstant skips the transition search on a day whose offsets a day before and two days after
  // agree. That is only sound if no zone changes its offset twice within three days.
  it('holds for every zone the runtime knows, 2026–2027', () => {
    const tooClose: string[] = [];
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      let lastChange = -Infinity;
      let previous = tzOffset(zone, new Date(FIRST_DAY * DAY_MS));
      for (let step = 1; step <= (LAST_DAY - FIRST_DAY) * 2; step += 1) {
        const offset = tzOffset(zone, new Date(FIRST_DAY * DAY_MS + step * (DAY_MS / 2)));
        if (offset === previous) continue;
        if (step - lastChange < 6) tooClose.push(`${zone} ${toLocalDate(FIRST_DAY + step / 2)}`);
        lastChange = step;
        previous = offset;
      }
    }
    expect(tooClose).toEqual([]);
  });
});
