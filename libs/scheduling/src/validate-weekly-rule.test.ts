import { buildInput } from './_test/build-input';
import { listSlots } from './list-slots';
import { validateWeeklyRule, type WeeklyRuleFields } from './validate-weekly-rule';

const rule = (fields: Partial<WeeklyRuleFields>): WeeklyRuleFields => ({
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
  start: '09:00',
  end: '17:00',
  ...fields,
});

describe('validateWeeklyRule: the engine decides what a weekly row may be', () => {
  it.each([
    ['plain days, listed out of order', rule({ rrule: 'FREQ=WEEKLY;BYDAY=WE,MO,WE' }), 'FREQ=WEEKLY;BYDAY=WE,MO,WE', ['MO', 'WE']],
    ['lower case (RFC 5545 is case-insensitive)', rule({ rrule: ' freq=weekly;byday=sa,su ' }), 'FREQ=WEEKLY;BYDAY=SA,SU', ['SA', 'SU']],
    ['a floating DTSTART anchoring INTERVAL=2', rule({ rrule: 'DTSTART:20260105T000000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' }), 'DTSTART:20260105T000000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', ['MO']],
    ['UNTIL and BYMONTH', rule({ rrule: 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20261231T235959;BYMONTH=6,7' }), 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20261231T235959;BYMONTH=6,7', ['FR']],
    ['a window ending at midnight', rule({ start: '18:00', end: '24:00' }), 'FREQ=WEEKLY;BYDAY=MO', ['MO']],
    ['an overnight window (end before start: the next date)', rule({ start: '22:30', end: '01:30' }), 'FREQ=WEEKLY;BYDAY=MO', ['MO']],
    ['validity dates in order', rule({ validFrom: '2026-01-01', validUntil: '2026-01-01' }), 'FREQ=WEEKLY;BYDAY=MO', ['MO']],
    ['null validity dates', rule({ validFrom: null, validUntil: null }), 'FREQ=WEEKLY;BYDAY=MO', ['MO']],
  ])('accepts %s', (_name, input, rrule, daysOfWeek) => {
    expect(validateWeeklyRule(input)).toEqual({ ok: true, value: { rrule, daysOfWeek } });
  });

  it.each([
    ['FREQ=DAILY', rule({ rrule: 'FREQ=DAILY' }), 'invalid_rrule', 'rrule', /WEEKLY/],
    ['COUNT without a DTSTART to count from', rule({ rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=3' }), 'invalid_rrule', 'rrule', /COUNT/],
    ['a TZID the runtime does not know', rule({ rrule: 'DTSTART;TZID=Europe/Nowhere:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO' }), 'invalid_rrule', 'rrule', /TZID/],
    ['no BYDAY', rule({ rrule: 'FREQ=WEEKLY' }), 'invalid_rrule', 'rrule', /BYDAY/],
    ['an ordinal weekday', rule({ rrule: 'FREQ=WEEKLY;BYDAY=1MO' }), 'invalid_rrule', 'rrule', /BYDAY/],
    ['INTERVAL=2 without DTSTART', rule({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' }), 'invalid_rrule', 'rrule', /DTSTART/],
    ['garbage', rule({ rrule: 'every monday' }), 'invalid_rrule', 'rrule', /parse/],
    ['an empty rule', rule({ rrule: '   ' }), 'invalid_rrule', 'rrule', /non-empty/],
    ['25:00', rule({ start: '25:00' }), 'invalid_time', 'start', /HH:mm/],
    ['24:00 as a start', rule({ start: '24:00', end: '24:00' }), 'invalid_time', 'start', /HH:mm/],
    ['9:00 without its zero', rule({ end: '9:00' }), 'invalid_time', 'end', /HH:mm/],
    ['an empty window', rule({ start: '09:00', end: '09:00' }), 'invalid_window', 'end', /differ from its start/],
    ['2026-02-30', rule({ validFrom: '2026-02-30' }), 'invalid_date', 'validFrom', /real date/],
    ['validUntil before validFrom', rule({ validFrom: '2026-03-02', validUntil: '2026-03-01' }), 'invalid_range', 'validUntil', /before validFrom/],
  ])('refuses %s, naming the field', (_name, input, code, path, message) => {
    const result = validateWeeklyRule(input);
    expect(result).toEqual({ ok: false, error: { code, path, message: expect.stringMatching(message) } });
  });

  it('refuses wrong types without throwing', () => {
    expect(validateWeeklyRule({ ...rule({}), rrule: 42 } as never)).toMatchObject({ ok: false, error: { path: 'rrule' } });
    expect(validateWeeklyRule(null as never)).toMatchObject({ ok: false, error: { path: 'start' } });
  });

  it('returns rules the engine can list slots from', () => {
    const valid = validateWeeklyRule(rule({ rrule: 'freq=weekly;byday=mo', start: '09:00', end: '11:00' }));
    if (!valid.ok) throw new Error('expected a valid rule');
    const input = buildInput({ timeZone: 'Europe/London', staff: [{ id: 'ann', rules: [{ rrule: valid.value.rrule, start: '09:00', end: '11:00' }] }] });
    const slots = listSlots(input, { from: '2026-06-01', to: '2026-06-01' });
    expect(slots.ok && slots.value.map((slot) => slot.localStart)).toEqual(['2026-06-01T09:00:00+01:00', '2026-06-01T10:00:00+01:00']);
  });
});

describe('validateWeeklyRule: impossible DTSTART and UNTIL values are refused, not rolled over', () => {
  it.each([
    'DTSTART:20260230T000000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
    'DTSTART:25991203T250000\nRRULE:FREQ=WEEKLY;BYDAY=TH',
    'DTSTART:99991203T000000\nRRULE:FREQ=WEEKLY;BYDAY=TH',
    'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260230',
    'FREQ=WEEKLY;BYDAY=MO;UNTIL=99991231T000000Z',
  ])('%j', (rrule) => {
    expect(validateWeeklyRule({ rrule, start: '09:00', end: '10:00' })).toMatchObject({ ok: false, error: { code: 'invalid_rrule' } });
  });

  it('accepts real dates, 29 February of a leap year included', () => {
    expect(validateWeeklyRule({ rrule: 'DTSTART:20280229T000000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', start: '09:00', end: '10:00' }).ok).toBe(true);
  });
});
