import { localDaySpan } from './local-day-span';

const at = (iso: string) => Date.parse(iso);

describe('localDaySpan', () => {
  it('is the UTC day in UTC', () => {
    expect(localDaySpan('2026-06-01', 'UTC')).toEqual({ ok: true, value: { startMs: at('2026-06-01T00:00:00Z'), endMs: at('2026-06-02T00:00:00Z') } });
  });

  it('is 23 hours on the spring-forward Sunday and 25 on the fall-back one (Europe/London)', () => {
    expect(localDaySpan('2026-03-29', 'Europe/London')).toEqual({ ok: true, value: { startMs: at('2026-03-29T00:00:00Z'), endMs: at('2026-03-29T23:00:00Z') } });
    expect(localDaySpan('2026-10-25', 'Europe/London')).toEqual({ ok: true, value: { startMs: at('2026-10-24T23:00:00Z'), endMs: at('2026-10-26T00:00:00Z') } });
  });

  it('starts at the first local instant of a date that has no midnight (America/Santiago, 2026-09-06 begins at 01:00)', () => {
    const span = localDaySpan('2026-09-06', 'America/Santiago');
    expect(span).toEqual({ ok: true, value: { startMs: at('2026-09-06T04:00:00Z'), endMs: at('2026-09-07T03:00:00Z') } });
  });

  it('refuses an unknown zone or a date that does not exist', () => {
    expect(localDaySpan('2026-06-01', 'Mars/Olympus')).toMatchObject({ ok: false, error: { code: 'invalid_time_zone' } });
    expect(localDaySpan('2026-02-30', 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid_date', path: 'date' } });
  });
});
