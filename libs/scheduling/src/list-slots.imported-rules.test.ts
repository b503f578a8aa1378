import fc from 'fast-check';
import { buildInput, type Setup } from './_test/build-input';
import { checkSlot } from './check-slot';
import { listSlots } from './list-slots';
import { listWorkingWindows } from './list-working-windows';
import { validateWeeklyRule } from './validate-weekly-rule';

const staffRule = (rrule: string, start = '09:00', end = '10:00'): Setup['staff'] => [{ id: 'ann', rules: [{ rrule, start, end }] }];

function starts(setup: Setup, from: string, to: string): string[] {
  const result = listSlots(buildInput(setup), { from, to });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((slot) => slot.start);
}

describe('rules imported from calendars (issue 13, item 5)', () => {
  // The known defect: rrule read the date-only UNTIL as 00:00, before the 10:00 DTSTART time of the last Monday.
  const defect: Setup = {
    timeZone: 'Europe/London',
    staff: staffRule('DTSTART:20261109T100000\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261116'),
  };

  it('a date-only UNTIL beside a timed DTSTART keeps its last date (listed)', () => {
    expect(starts(defect, '2026-11-09', '2026-11-16')).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-16T09:00:00.000Z']);
  });

  it('… and bookable', () => {
    expect(checkSlot(buildInput(defect), { start: '2026-11-16T09:00:00Z' })).toMatchObject({ ok: true, value: { isBookable: true } });
    expect(checkSlot(buildInput(defect), { start: '2026-11-23T09:00:00Z' })).toMatchObject({ ok: true, value: { isBookable: false } });
  });

  it('DTSTART;TZID is converted from its zone to the shop’s', () => {
    // Tuesday 08:00 in Auckland (+13:00) is Monday 19:00 in London: the first Monday is 9 November.
    const setup = { timeZone: 'Europe/London', staff: staffRule('DTSTART;TZID=Pacific/Auckland:20261110T080000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2') };
    expect(starts(setup, '2026-11-01', '2026-11-30')).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-16T09:00:00.000Z']);
  });

  it('COUNT counts occurrences from DTSTART, across several BYDAY days', () => {
    const setup = { timeZone: 'Europe/London', staff: staffRule('DTSTART:20261102T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3') };
    expect(starts(setup, '2026-10-01', '2026-12-31')).toEqual(['2026-11-02T09:00:00.000Z', '2026-11-04T09:00:00.000Z', '2026-11-09T09:00:00.000Z']);
  });

  it('a UTC UNTIL is read on the shop’s clock', () => {
    // 02:00Z on Monday 16 November is Sunday 21:00 in New York: the 16th is after UNTIL.
    const setup = { timeZone: 'America/New_York', staff: staffRule('DTSTART:20261102T000000\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261116T020000Z') };
    expect(starts(setup, '2026-11-01', '2026-11-30')).toEqual(['2026-11-02T14:00:00.000Z', '2026-11-09T14:00:00.000Z']);
  });

  it('DTSTART;VALUE=DATE anchors INTERVAL (rrule alone drops it)', () => {
    const setup = { timeZone: 'Europe/London', staff: staffRule('DTSTART;VALUE=DATE:20261109\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO') };
    expect(starts(setup, '2026-11-01', '2026-11-30')).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-23T09:00:00.000Z']);
  });

  it.each([
    ['COUNT and UNTIL together', 'DTSTART:20261102T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3;UNTIL=20261130', /COUNT and UNTIL/],
    ['COUNT without DTSTART', 'FREQ=WEEKLY;BYDAY=MO;COUNT=3', /DTSTART/],
    ['COUNT=0', 'DTSTART:20261102T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=0', /COUNT/],
    ['an unknown TZID', 'DTSTART;TZID=Mars/Olympus:20261102T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO', /TZID/],
    ['TZID with Z', 'DTSTART;TZID=Europe/Paris:20261102T090000Z\nRRULE:FREQ=WEEKLY;BYDAY=MO', /TZID and Z/],
    ['two DTSTARTs', 'DTSTART:20261102T090000\nDTSTART:20261103T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO', /one DTSTART/],
    ['another DTSTART parameter', 'DTSTART;X-FOO=1:20261102T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO', /may not use X-FOO/],
  ])('refuses %s', (_name, rrule, message) => {
    expect(validateWeeklyRule({ rrule, start: '09:00', end: '10:00' })).toEqual({
      ok: false,
      error: { code: 'invalid_rrule', path: 'rrule', message: expect.stringMatching(message) },
    });
  });

  it('stores the TZID’s value as spelled, the rest in upper case', () => {
    const result = validateWeeklyRule({ rrule: 'dtstart;tzid=America/New_York:20261109T230000\nrrule:freq=weekly;byday=mo;count=2', start: '09:00', end: '10:00' });
    expect(result).toEqual({ ok: true, value: { rrule: 'DTSTART;TZID=America/New_York:20261109T230000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2', daysOfWeek: ['MO'] } });
  });
});

describe('property: imported rules cover exactly the dates RFC 5545 gives them', () => {
  const DAY_MS = 86_400_000;
  const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  const compact = (day: number) => iso(day).replaceAll('-', '');
  const workingDates = (zone: string, rrule: string, from: number, to: number): string[] => {
    const result = listWorkingWindows({ timeZone: zone, openingHours: [{ rrule: 'FREQ=WEEKLY;BYDAY=SU,MO,TU,WE,TH,FR,SA', start: '00:00', end: '24:00' }], staff: [{ id: 'ann', rules: [{ rrule, start: '09:00', end: '10:00' }] }], overrides: [], timeOff: [] }, { from: iso(from), to: iso(to) });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.filter((day) => day.windows.length > 0).map((day) => day.localDate);
  };
  const base = Date.UTC(2026, 0, 1) / DAY_MS;
  const arb = fc.record({
    zone: fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Kathmandu'),
    startDay: fc.integer({ min: base, max: base + 600 }),
    length: fc.integer({ min: 0, max: 60 }),
    days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    hour: fc.integer({ min: 0, max: 23 }),
    count: fc.integer({ min: 1, max: 20 }),
  });
  const expectedDays = (startDay: number, days: number[], until: number): string[] => {
    const out: string[] = [];
    for (let day = startDay; day <= until; day += 1) if (days.includes(new Date(day * DAY_MS).getUTCDay())) out.push(iso(day));
    return out;
  };

  it('a date-only UNTIL includes its date, whatever DTSTART’s time', () => {
    fc.assert(fc.property(arb, ({ zone, startDay, length, days, hour }) => {
      const rrule = `DTSTART:${compact(startDay)}T${String(hour).padStart(2, '0')}3000\nRRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => BYDAY[d]).join(',')};UNTIL=${compact(startDay + length)}`;
      expect(workingDates(zone, rrule, startDay - 3, startDay + length + 3)).toEqual(expectedDays(startDay, days, startDay + length));
    }), { numRuns: 150 });
  });

  it('COUNT=n yields exactly the first n matching dates', () => {
    fc.assert(fc.property(arb, ({ zone, startDay, days, hour, count }) => {
      const rrule = `DTSTART:${compact(startDay)}T${String(hour).padStart(2, '0')}0000\nRRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => BYDAY[d]).join(',')};COUNT=${count}`;
      expect(workingDates(zone, rrule, startDay - 3, startDay + 80)).toEqual(expectedDays(startDay, days, startDay + 80).slice(0, count));
    }), { numRuns: 150 });
  });
});
