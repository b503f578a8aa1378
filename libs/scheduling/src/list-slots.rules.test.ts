import { buildInput, weekly, type Setup } from './_test/build-input';
import { checkSlot } from './check-slot';
import { listSlots } from './list-slots';

// London in June is +01:00, so local 09:00 is 08:00Z.
const JUNE_1 = { from: '2026-06-01', to: '2026-06-01' };
const local = (times: string[]): string[] => times.map((time) => `2026-06-01T${time}:00+01:00`);
const annMonday = (start: string, end: string) => [{ id: 'ann', rules: [weekly('MO', start, end)] }];

function localStarts(setup: Setup, range = JUNE_1): string[] {
  const result = listSlots(buildInput(setup), range);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((slot) => slot.localStart);
}

type RuleCase = { name: string; setup: Setup; expected: string[] };

const CASES: RuleCase[] = [
  {
    name: 'rule 1: shop hours bound the staff window, and the grid starts at the overlap',
    setup: { timeZone: 'Europe/London', openingHours: [weekly('MO', '10:00', '11:30')], staff: annMonday('09:00', '12:00'), service: { durationMinutes: 30 }, policy: { slotIntervalMinutes: 30 } },
    expected: local(['10:00', '10:30', '11:00']),
  },
  {
    name: 'rule 1: a shop override closes everyone',
    setup: { timeZone: 'Europe/London', staff: annMonday('09:00', '12:00'), overrides: [{ date: '2026-06-01', kind: 'closed' }] },
    expected: [],
  },
  {
    name: 'rule 1: a shop override replaces opening hours and still bounds staff',
    setup: { timeZone: 'Europe/London', staff: annMonday('09:00', '12:00'), overrides: [{ date: '2026-06-01', kind: 'open', windows: [{ start: '08:00', end: '10:00' }] }] },
    expected: local(['09:00']),
  },
  {
    name: 'a staff override replaces that staff member’s rules for the date',
    setup: { timeZone: 'Europe/London', staff: annMonday('09:00', '12:00'), overrides: [{ date: '2026-06-01', staffId: 'ann', kind: 'open', windows: [{ start: '14:00', end: '16:00' }] }] },
    expected: local(['14:00', '15:00']),
  },
  {
    name: 'rule 4: buffers may run outside the working window',
    setup: { timeZone: 'Europe/London', staff: annMonday('09:00', '11:00'), service: { bufferBeforeMinutes: 30, bufferAfterMinutes: 30 } },
    expected: local(['09:00', '10:00']),
  },
  {
    name: 'rule 4: a buffer may not overlap another booking',
    setup: {
      timeZone: 'Europe/London',
      staff: annMonday('09:00', '12:00'),
      service: { bufferBeforeMinutes: 15 },
      occupied: [{ staffId: 'ann', bookingId: 'b1', start: '2026-06-01T08:00:00Z', end: '2026-06-01T09:00:00Z' }],
    },
    expected: local(['11:00']),
  },
  {
    name: 'time off removes the service time; a buffer may run into it',
    setup: {
      timeZone: 'Europe/London',
      staff: annMonday('09:00', '13:00'),
      service: { bufferAfterMinutes: 30 },
      timeOff: [{ staffId: 'ann', start: '2026-06-01T09:00:00Z', end: '2026-06-01T10:00:00Z' }],
    },
    expected: local(['09:00', '11:00', '12:00']),
  },
  {
    name: 'back-to-back windows join into one stretch',
    setup: { timeZone: 'Europe/London', staff: [{ id: 'ann', rules: [weekly('MO', '09:00', '10:00'), weekly('MO', '10:00', '11:00')] }], service: { durationMinutes: 90 }, policy: { slotIntervalMinutes: 30 } },
    expected: local(['09:00', '09:30']),
  },
  {
    name: 'several windows a day each lay their own grid',
    setup: { timeZone: 'Europe/London', staff: [{ id: 'ann', rules: [weekly('MO', '09:10', '10:40'), weekly('MO', '14:00', '15:00')] }], policy: { slotIntervalMinutes: 30 } },
    expected: local(['09:10', '09:40', '14:00']),
  },
  {
    name: '"24:00" ends a window at the next midnight',
    setup: { timeZone: 'Europe/London', staff: annMonday('22:00', '24:00') },
    expected: local(['22:00', '23:00']),
  },
  {
    name: 'a performer missing from staff is never free, and is not an error',
    setup: { timeZone: 'Europe/London', staff: annMonday('09:00', '10:00'), service: { staff: [{ staffId: 'ann' }, { staffId: 'ghost' }] } },
    expected: local(['09:00']),
  },
  {
    name: 'bookings of staff who do not perform the service are ignored',
    setup: {
      timeZone: 'Europe/London',
      staff: [...annMonday('09:00', '10:00'), { id: 'bob', rules: [] }],
      service: { staff: [{ staffId: 'ann' }] },
      occupied: [{ staffId: 'bob', bookingId: 'b1', start: '2026-06-01T08:00:00Z', end: '2026-06-01T09:00:00Z' }],
    },
    expected: local(['09:00']),
  },
];

describe('listSlots: rules', () => {
  it.each(CASES)('$name', ({ setup, expected }) => {
    expect(localStarts(setup)).toEqual(expected);
  });

  it('per-staff durations give each staff member their own end; `end` is the first one’s', () => {
    const setup: Setup = {
      timeZone: 'Europe/London',
      staff: [...annMonday('09:00', '11:00'), { id: 'bob', rules: [weekly('MO', '09:00', '11:00')] }],
      service: { durationMinutes: 60, staff: [{ staffId: 'ann' }, { staffId: 'bob', durationMinutes: 90 }] },
    };
    const result = listSlots(buildInput(setup), JUNE_1);
    expect(result.ok && result.value).toMatchObject([
      { localStart: '2026-06-01T09:00:00+01:00', end: '2026-06-01T09:00:00.000Z', staffIds: ['ann', 'bob'], staff: [{ staffId: 'ann', end: '2026-06-01T09:00:00.000Z' }, { staffId: 'bob', end: '2026-06-01T09:30:00.000Z' }] },
      { localStart: '2026-06-01T10:00:00+01:00', staffIds: ['ann'] },
    ]);
  });
});

describe('listSlots: rrule forms', () => {
  const fortnightly = 'DTSTART:20260105T000000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO';
  const june = { from: '2026-06-01', to: '2026-06-14' };
  const dates = (rrule: string): string[] =>
    localStarts({ timeZone: 'Europe/London', staff: [{ id: 'ann', rules: [{ rrule, start: '09:00', end: '10:00' }] }] }, june);

  it('INTERVAL=2 counts its weeks from DTSTART, in listing and in checking alike', () => {
    expect(dates(fortnightly)).toEqual(['2026-06-08T09:00:00+01:00']);
    const input = buildInput({ timeZone: 'Europe/London', staff: [{ id: 'ann', rules: [{ rrule: fortnightly, start: '09:00', end: '10:00' }] }] });
    expect(checkSlot(input, { start: '2026-06-08T08:00:00Z' })).toMatchObject({ ok: true, value: { isBookable: true } });
    expect(checkSlot(input, { start: '2026-06-01T08:00:00Z' })).toMatchObject({ ok: true, value: { reason: 'not_a_slot' } });
  });

  it('UNTIL ends the rule and DTSTART starts it', () => {
    expect(dates('FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601T235959')).toEqual(['2026-06-01T09:00:00+01:00']);
    expect(dates('DTSTART:20260602T000000\nRRULE:FREQ=WEEKLY;BYDAY=MO')).toEqual(['2026-06-08T09:00:00+01:00']);
  });

  it('an old DTSTART costs nothing: rrule is not iterated from it', () => {
    const started = performance.now();
    expect(dates('DTSTART:20000103T000000\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO')).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('windows are joined in real time, not in wall-clock minutes', () => {
  it('Berlin spring-forward night: 00:10–03:00 and 02:05–03:05 give nothing after 03:00 CEST (02:05 is 03:05)', () => {
    const input = {
      timeZone: 'Europe/Berlin',
      openingHours: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', start: '00:00', end: '24:00' }],
      staff: [{ id: 'a', rules: [] }],
      overrides: [{ date: '2026-03-29', staffId: 'a', kind: 'open' as const, windows: [{ start: '02:05', end: '03:05' }, { start: '00:10', end: '03:00' }] }],
      timeOff: [],
      occupied: [],
      service: { durationMinutes: 5, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, staff: [{ staffId: 'a' }] },
      policy: { slotIntervalMinutes: 5, minNoticeMinutes: 0, maxAdvanceDays: 2 },
      now: '2026-03-28T00:00:00.000Z',
    };
    const result = listSlots(input, { from: '2026-03-29', to: '2026-03-29' });
    if (!result.ok) throw new Error(result.error.message);
    // 00:10 CET = 23:10Z; 03:00 CEST = 01:00Z is the window's end, so the last 5-minute start is 00:55Z.
    expect(result.value[0]?.start).toBe('2026-03-28T23:10:00.000Z');
    expect(result.value.at(-1)?.start).toBe('2026-03-29T00:55:00.000Z');
  });
});
