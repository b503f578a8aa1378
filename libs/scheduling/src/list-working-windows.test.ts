import { listWorkingWindows, type WorkingTimeInput } from './index';

const weekly = (byDay: string, start: string, end: string) => ({ rrule: `FREQ=WEEKLY;BYDAY=${byDay}`, start, end });
const base: WorkingTimeInput = {
  timeZone: 'Europe/London',
  openingHours: [weekly('MO,TU,WE,TH,FR,SA,SU', '09:00', '17:00')],
  staff: [{ id: 'ann', rules: [weekly('MO', '08:00', '12:00'), weekly('MO', '13:00', '18:00')] }],
  overrides: [],
  timeOff: [],
};

describe('listWorkingWindows', () => {
  it('bounds a split shift by the opening hours, in UTC across the summer-time change', () => {
    const result = listWorkingWindows(base, { from: '2026-03-23', to: '2026-03-30' });
    if (!result.ok) throw new Error(result.error.message);
    const mondays = result.value.filter((day) => day.minutes > 0);
    expect(mondays).toEqual([
      {
        localDate: '2026-03-23',
        staffId: 'ann',
        windows: [
          { start: '2026-03-23T09:00:00.000Z', end: '2026-03-23T12:00:00.000Z' },
          { start: '2026-03-23T13:00:00.000Z', end: '2026-03-23T17:00:00.000Z' },
        ],
        minutes: 420,
      },
      {
        localDate: '2026-03-30',
        staffId: 'ann',
        windows: [
          { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T11:00:00.000Z' },
          { start: '2026-03-30T12:00:00.000Z', end: '2026-03-30T16:00:00.000Z' },
        ],
        minutes: 420,
      },
    ]);
    expect(result.value).toHaveLength(8); // one row per staff member and date, days off included
  });

  it('counts real minutes on the night clocks go forward (case 2: 00:00–04:00 is three hours)', () => {
    const input = { ...base, openingHours: [weekly('SU', '00:00', '04:00')], staff: [{ id: 'ann', rules: [weekly('SU', '00:00', '04:00')] }] };
    const result = listWorkingWindows(input, { from: '2026-03-29', to: '2026-03-29' });
    expect(result.ok && result.value[0]).toEqual({
      localDate: '2026-03-29',
      staffId: 'ann',
      windows: [{ start: '2026-03-29T00:00:00.000Z', end: '2026-03-29T03:00:00.000Z' }],
      minutes: 180,
    });
  });

  it('removes time off and honours a closed override', () => {
    const input: WorkingTimeInput = {
      ...base,
      overrides: [{ date: '2026-03-30', kind: 'closed' }],
      timeOff: [{ staffId: 'ann', start: '2026-03-23T10:00:00Z', end: '2026-03-23T14:00:00Z' }],
    };
    const result = listWorkingWindows(input, { from: '2026-03-23', to: '2026-03-30' });
    if (!result.ok) throw new Error(result.error.message);
    const byDate = Object.fromEntries(result.value.map((day) => [day.localDate, day]));
    expect(byDate['2026-03-23']?.windows).toEqual([
      { start: '2026-03-23T09:00:00.000Z', end: '2026-03-23T10:00:00.000Z' },
      { start: '2026-03-23T14:00:00.000Z', end: '2026-03-23T17:00:00.000Z' },
    ]);
    expect(byDate['2026-03-23']?.minutes).toBe(240);
    expect(byDate['2026-03-30']).toEqual({ localDate: '2026-03-30', staffId: 'ann', windows: [], minutes: 0 });
  });

  it('answers bad input with an error naming the field, never a throw', () => {
    expect(listWorkingWindows({ ...base, timeZone: 'Mars/Olympus' }, { from: '2026-03-23', to: '2026-03-23' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_time_zone', path: 'timeZone' },
    });
    expect(listWorkingWindows(base, { from: '2026-01-01', to: '2026-12-31' })).toMatchObject({ ok: false, error: { code: 'range_too_long' } });
  });
});

describe('weekly rules with validity dates', () => {
  it('applies a rule only from validFrom to validUntil, both inclusive', () => {
    const input = { ...base, staff: [{ id: 'ann', rules: [{ ...weekly('MO', '09:00', '12:00'), validFrom: '2026-03-30', validUntil: '2026-04-06' }] }] };
    const result = listWorkingWindows(input, { from: '2026-03-23', to: '2026-04-13' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.filter((day) => day.minutes > 0).map((day) => day.localDate)).toEqual(['2026-03-30', '2026-04-06']);
  });

  it('refuses a validity that ends before it starts, naming the field', () => {
    const input = { ...base, staff: [{ id: 'ann', rules: [{ ...weekly('MO', '09:00', '12:00'), validFrom: '2026-03-30', validUntil: '2026-03-01' }] }] };
    expect(listWorkingWindows(input, { from: '2026-03-23', to: '2026-03-23' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_range', path: 'staff[0].rules[0].validUntil' },
    });
  });
});
