import { buildInput, weekly, type Setup } from './_test/build-input';
import { checkSlot } from './check-slot';
import { listSlots } from './list-slots';
import { type DateRange, type ScheduleErrorCode, type ScheduleInput } from './types';

const RANGE: DateRange = { from: '2026-06-01', to: '2026-06-07' };
const base: Setup = { timeZone: 'Europe/London' };
const withRule = (rule: Partial<{ rrule: string; start: string; end: string }>): Setup => ({
  ...base,
  staff: [{ id: 'ann', rules: [{ ...weekly('MO', '09:00', '12:00'), ...rule }] }],
});
const occupied = (start: unknown, end: unknown) => ({ ...base, occupied: [{ staffId: 'ann', bookingId: 'b1', start, end }] }) as Setup;

type BadCase = { name: string; input: ScheduleInput; range?: DateRange; code: ScheduleErrorCode; path: string };

const CASES: BadCase[] = [
  { name: 'unknown zone', input: buildInput({ timeZone: 'Mars/Olympus' }), code: 'invalid_time_zone', path: 'timeZone' },
  { name: 'offset as zone', input: buildInput({ timeZone: '+05:00' }), code: 'invalid_time_zone', path: 'timeZone' },
  { name: 'bad HH:mm', input: buildInput(withRule({ start: '9:00' })), code: 'invalid_time', path: 'staff[0].rules[0].start' },
  { name: '24:00 as a start', input: buildInput(withRule({ start: '24:00', end: '24:00' })), code: 'invalid_time', path: 'staff[0].rules[0].start' },
  { name: 'an empty window (end = start; an earlier end is overnight)', input: buildInput(withRule({ start: '12:00', end: '12:00' })), code: 'invalid_window', path: 'staff[0].rules[0].end' },
  { name: 'empty window', input: buildInput(withRule({ start: '09:00', end: '09:00' })), code: 'invalid_window', path: 'staff[0].rules[0].end' },
  { name: 'garbage rrule', input: buildInput(withRule({ rrule: 'every monday' })), code: 'invalid_rrule', path: 'staff[0].rules[0].rrule' },
  { name: 'daily rrule', input: buildInput(withRule({ rrule: 'FREQ=DAILY' })), code: 'invalid_rrule', path: 'staff[0].rules[0].rrule' },
  { name: 'rrule without BYDAY', input: buildInput(withRule({ rrule: 'FREQ=WEEKLY' })), code: 'invalid_rrule', path: 'staff[0].rules[0].rrule' },
  { name: 'rrule with a bad day', input: buildInput(withRule({ rrule: 'FREQ=WEEKLY;BYDAY=XX' })), code: 'invalid_rrule', path: 'staff[0].rules[0].rrule' },
  { name: 'rrule with COUNT but no DTSTART', input: buildInput(withRule({ rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=3' })), code: 'invalid_rrule', path: 'staff[0].rules[0].rrule' },
  { name: 'rrule with an unknown TZID', input: buildInput(withRule({ rrule: 'DTSTART;TZID=Europe/Nowhere:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO' })), code: 'invalid_rrule', path: 'staff[0].rules[0].rrule' },
  { name: 'INTERVAL=2 without DTSTART', input: buildInput(withRule({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' })), code: 'invalid_rrule', path: 'staff[0].rules[0].rrule' },
  { name: 'bad shop rule', input: buildInput({ ...base, openingHours: [weekly('MO', '25:00', '26:00')] }), code: 'invalid_time', path: 'openingHours[0].start' },
  { name: 'negative duration', input: buildInput({ ...base, service: { durationMinutes: -5 } }), code: 'invalid_number', path: 'service.durationMinutes' },
  { name: 'zero duration', input: buildInput({ ...base, service: { durationMinutes: 0 } }), code: 'invalid_number', path: 'service.durationMinutes' },
  { name: 'negative buffer', input: buildInput({ ...base, service: { bufferAfterMinutes: -1 } }), code: 'invalid_number', path: 'service.bufferAfterMinutes' },
  { name: 'fractional buffer', input: buildInput({ ...base, service: { bufferBeforeMinutes: 1.5 } }), code: 'invalid_number', path: 'service.bufferBeforeMinutes' },
  { name: 'negative per-staff duration', input: buildInput({ ...base, service: { staff: [{ staffId: 'ann', durationMinutes: -1 }] } }), code: 'invalid_number', path: 'service.staff[0].durationMinutes' },
  { name: 'performer twice', input: buildInput({ ...base, service: { staff: [{ staffId: 'ann' }, { staffId: 'ann' }] } }), code: 'duplicate_id', path: 'service.staff[1].staffId' },
  { name: 'zero interval', input: buildInput({ ...base, policy: { slotIntervalMinutes: 0 } }), code: 'invalid_number', path: 'policy.slotIntervalMinutes' },
  { name: 'negative notice', input: buildInput({ ...base, policy: { minNoticeMinutes: -1 } }), code: 'invalid_number', path: 'policy.minNoticeMinutes' },
  { name: 'negative advance', input: buildInput({ ...base, policy: { maxAdvanceDays: -1 } }), code: 'invalid_number', path: 'policy.maxAdvanceDays' },
  { name: 'staff id twice', input: buildInput({ ...base, staff: [{ id: 'ann', rules: [] }, { id: 'ann', rules: [] }], service: { staff: [] } }), code: 'duplicate_id', path: 'staff[1].id' },
  { name: 'bad now', input: buildInput({ ...base, now: 'yesterday' }), code: 'invalid_instant', path: 'now' },
  { name: 'now without offset', input: buildInput({ ...base, now: '2026-06-01T10:00:00' }), code: 'invalid_instant', path: 'now' },
  { name: 'bad override date', input: buildInput({ ...base, overrides: [{ date: '2026-02-30', kind: 'closed' }] }), code: 'invalid_date', path: 'overrides[0].date' },
  { name: 'bad override kind', input: buildInput({ ...base, overrides: [{ date: '2026-06-01', kind: 'shut' } as never] }), code: 'invalid_type', path: 'overrides[0].kind' },
  { name: 'bad override window', input: buildInput({ ...base, overrides: [{ date: '2026-06-01', kind: 'open', windows: [{ start: '10:00', end: '10:00' }] }] }), code: 'invalid_window', path: 'overrides[0].windows[0].end' },
  { name: 'two overrides for one date', input: buildInput({ ...base, overrides: [{ date: '2026-06-01', kind: 'closed' }, { date: '2026-06-01', kind: 'closed' }] }), code: 'duplicate_id', path: 'overrides[1]' },
  { name: 'bad occupied instant', input: buildInput(occupied('soon', '2026-06-01T10:00:00Z')), code: 'invalid_instant', path: 'occupied[0].start' },
  { name: 'invalid Date', input: buildInput(occupied(new Date(Number.NaN), '2026-06-01T10:00:00Z')), code: 'invalid_instant', path: 'occupied[0].start' },
  { name: 'occupied end before start', input: buildInput(occupied('2026-06-01T10:00:00Z', '2026-06-01T09:00:00Z')), code: 'invalid_range', path: 'occupied[0].end' },
  { name: 'occupied without booking id', input: buildInput({ ...base, occupied: [{ staffId: 'ann', start: '2026-06-01T09:00:00Z', end: '2026-06-01T10:00:00Z' } as never] }), code: 'invalid_type', path: 'occupied[0].bookingId' },
  { name: 'time off end before start', input: buildInput({ ...base, timeOff: [{ staffId: 'ann', start: '2026-06-01T10:00:00Z', end: '2026-06-01T10:00:00Z' }] }), code: 'invalid_range', path: 'timeOff[0].end' },
  { name: 'missing staff array', input: { ...buildInput(base), staff: undefined } as never, code: 'invalid_type', path: 'staff' },
  { name: 'from after to', input: buildInput(base), range: { from: '2026-06-02', to: '2026-06-01' }, code: 'invalid_range', path: 'to' },
  { name: 'range too long', input: buildInput(base), range: { from: '2026-01-01', to: '2026-12-31' }, code: 'range_too_long', path: 'to' },
  { name: 'bad from', input: buildInput(base), range: { from: '2026-6-1', to: '2026-06-01' }, code: 'invalid_date', path: 'from' },
];

describe('invalid input is a typed error result, never a throw', () => {
  it.each(CASES)('$name → $code at $path', ({ input, range, code, path }) => {
    const result = listSlots(input, range ?? RANGE);
    expect(result).toMatchObject({ ok: false, error: { code, path } });
    if (!result.ok) expect(result.error.message).toEqual(expect.any(String));
  });

  it('checkSlot validates the same input and its own request', () => {
    const input = buildInput(base);
    expect(checkSlot(input, { start: 'noon' })).toMatchObject({ ok: false, error: { code: 'invalid_instant', path: 'start' } });
    expect(checkSlot(input, { start: '2026-06-01T09:00:00Z', staffId: 7 as never })).toMatchObject({ ok: false, error: { path: 'staffId' } });
    expect(checkSlot(buildInput({ timeZone: 'Nowhere' }), { start: '2026-06-01T09:00:00Z' })).toMatchObject({ ok: false, error: { code: 'invalid_time_zone' } });
    expect(checkSlot(buildInput(withRule({ rrule: 'nope' })), { start: '2026-06-01T09:00:00Z' })).toMatchObject({ ok: false, error: { code: 'invalid_rrule' } });
  });

  it('does not throw on a non-object input', () => {
    expect(listSlots(null as never, RANGE)).toMatchObject({ ok: false, error: { code: 'invalid_type' } });
    expect(checkSlot(null as never, { start: '2026-06-01T09:00:00Z' })).toMatchObject({ ok: false });
  });
});
