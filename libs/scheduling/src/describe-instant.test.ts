import { describeInstant } from './describe-instants';

describe('describeInstant: an instant on the shop\'s wall clock', () => {
  it.each([
    ['2026-03-30T08:00:00Z', 'Europe/London', '2026-03-30T09:00:00+01:00', '2026-03-30'],
    ['2026-03-29T00:59:59Z', 'Europe/London', '2026-03-29T00:59:59+00:00', '2026-03-29'],
    ['2026-03-29T01:00:00Z', 'Europe/London', '2026-03-29T02:00:00+01:00', '2026-03-29'],
    ['2026-06-01T23:30:00Z', 'Asia/Kolkata', '2026-06-02T05:00:00+05:30', '2026-06-02'],
    ['2026-06-01T02:00:00+00:00', 'America/Los_Angeles', '2026-05-31T19:00:00-07:00', '2026-05-31'],
    ['2026-04-05T02:00:00Z', 'Australia/Lord_Howe', '2026-04-05T12:30:00+10:30', '2026-04-05'],
  ])('%s in %s is %s', (instant, zone, localStart, localDate) => {
    expect(describeInstant(instant, zone)).toEqual({
      ok: true,
      value: { start: new Date(instant).toISOString(), localStart, localDate },
    });
  });

  it('accepts a Date', () => {
    const result = describeInstant(new Date('2026-01-01T12:00:00Z'), 'UTC');
    expect(result).toMatchObject({ ok: true, value: { localStart: '2026-01-01T12:00:00+00:00' } });
  });

  it.each([
    ['a bad instant', 'yesterday', 'UTC', 'invalid_instant', 'instant'],
    ['an instant without offset', '2026-01-01T12:00:00', 'UTC', 'invalid_instant', 'instant'],
    ['an unknown zone', '2026-01-01T12:00:00Z', 'Mars/Olympus', 'invalid_time_zone', 'timeZone'],
  ])('refuses %s', (_name, instant, zone, code, path) => {
    expect(describeInstant(instant, zone)).toMatchObject({ ok: false, error: { code, path } });
  });
});
