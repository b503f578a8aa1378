import { describeInstants, freeTimeWithin } from './index';

describe('describeInstants', () => {
  it('spells instants in the shop zone with the offset in force at each one', () => {
    const result = describeInstants(['2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', new Date('2026-10-03T15:00:00Z')], 'Europe/London');
    expect(result).toEqual({
      ok: true,
      value: [
        { utc: '2026-03-29T00:30:00.000Z', localStart: '2026-03-29T00:30:00+00:00', localDate: '2026-03-29' },
        { utc: '2026-03-29T01:30:00.000Z', localStart: '2026-03-29T02:30:00+01:00', localDate: '2026-03-29' },
        { utc: '2026-10-03T15:00:00.000Z', localStart: '2026-10-03T16:00:00+01:00', localDate: '2026-10-03' },
      ],
    });
    expect(describeInstants(['2026-10-03T14:30:00Z'], 'Australia/Lord_Howe')).toMatchObject({
      ok: true,
      value: [{ localStart: '2026-10-04T01:00:00+10:30', localDate: '2026-10-04' }],
    });
  });

  it('refuses an unknown zone or a bad instant as an error result', () => {
    expect(describeInstants([], 'Mars/Olympus')).toMatchObject({ ok: false, error: { code: 'invalid_time_zone' } });
    expect(describeInstants(['2026-02-30T00:00:00Z'], 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid_instant' } });
  });
});

describe('freeTimeWithin', () => {
  it('removes busy ranges (buffers included) from working windows, half-open', () => {
    const windows = [
      { start: '2026-06-01T08:00:00Z', end: '2026-06-01T11:00:00Z' },
      { start: '2026-06-01T12:00:00Z', end: '2026-06-01T16:00:00Z' },
    ];
    const busy = [
      { start: '2026-06-01T10:45:00Z', end: '2026-06-01T12:15:00Z' },
      { start: '2026-06-01T08:00:00Z', end: '2026-06-01T09:00:00Z' },
    ];
    expect(freeTimeWithin(windows, busy)).toEqual({
      ok: true,
      value: [
        { start: '2026-06-01T09:00:00.000Z', end: '2026-06-01T10:45:00.000Z' },
        { start: '2026-06-01T12:15:00.000Z', end: '2026-06-01T16:00:00.000Z' },
      ],
    });
  });
});
