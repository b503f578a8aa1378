import { parseInstant } from './parse-instant';

describe('parseInstant', () => {
  it.each([
    ['2026-03-30T08:00:00.000Z', '2026-03-30T08:00:00.000Z'],
    ['2026-03-30T08:00:00Z', '2026-03-30T08:00:00.000Z'],
    ['2026-03-30T08:00Z', '2026-03-30T08:00:00.000Z'],
    ['2026-03-30T09:00:00+01:00', '2026-03-30T08:00:00.000Z'],
    ['2026-03-30T02:15:00-05:45', '2026-03-30T08:00:00.000Z'],
    ['2026-03-30T08:00:00.5Z', '2026-03-30T08:00:00.500Z'],
    ['2026-03-30T08:00:00.25Z', '2026-03-30T08:00:00.250Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('%s → %s', (text, expected) => {
    expect(new Date(parseInstant(text) ?? Number.NaN).toISOString()).toBe(expected);
  });

  it.each([
    '2026-03-30T08:00:00',
    '2026-03-30 08:00:00Z',
    '2026-02-30T08:00:00Z',
    '2027-02-29T08:00:00Z',
    '2026-13-01T08:00:00Z',
    '2026-03-30T24:00:00Z',
    '2026-03-30T08:60:00Z',
    '2026-03-30T08:00:00.Z',
    '2026-03-30T08:00:00.1234Z',
    '2026-03-30T08:00:00+0100',
    '2026-03-30T08:00:00+01:00x',
    '2026-03-30',
    'soon',
    '',
  ])('refuses %j', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });

  it('takes valid Dates and refuses invalid ones and other types', () => {
    expect(parseInstant(new Date(0))).toBe(0);
    expect(parseInstant(new Date(Number.NaN))).toBeUndefined();
    expect(parseInstant(1_700_000_000_000)).toBeUndefined();
  });

  it('agrees with Date.parse on every valid instant it accepts', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 7_777_777) {
      const text = new Date(ms).toISOString();
      expect(parseInstant(text)).toBe(Date.parse(text));
    }
  });
});
