import { InstantSchema, LocalDateSchema, text, TimeZoneSchema } from './primitives';
import { decodeKeysetCursor } from './keyset-cursor';

describe('shared primitives', () => {
  it('bounds instants and local dates to 1970–2999, where date arithmetic cannot overflow', () => {
    expect(InstantSchema.safeParse('2026-03-29T08:00:00Z').success).toBe(true);
    expect(InstantSchema.safeParse('2026-03-29T09:00:00+01:00').success).toBe(true);
    for (const value of ['0000-01-01T10:00:00Z', '0001-01-01T00:30:00+01:00', '9999-12-31T23:00:00Z', '1969-12-31T23:59:59Z']) {
      expect({ value, ok: InstantSchema.safeParse(value).success }).toEqual({ value, ok: false });
    }
    expect(LocalDateSchema.safeParse('9999-12-01').success).toBe(false);
  });

  it('keeps one-line text on one line, and lets free text have line breaks but no other controls', () => {
    const name = text({ max: 50 });
    const notes = text({ min: 0, max: 500, multiline: true });
    expect(name.safeParse('Nina\r\nBEGIN:VEVENT').success).toBe(false);
    expect(name.safeParse('Nina Hair').success).toBe(true);
    expect(notes.safeParse('Line one\nLine two\ttabbed').success).toBe(true);
    expect(notes.safeParse('bell\u0007').success).toBe(false);
    expect(notes.safeParse('nul\u0000').success).toBe(false);
  });

  it('keeps a time zone as given (Intl would rename Asia/Kolkata to Asia/Calcutta) and refuses unknown ones', () => {
    expect(TimeZoneSchema.parse('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(TimeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
  });

  it('refuses a zone spelt in the wrong case, which Intl accepts but Java\'s ZoneId and other clients do not', () => {
    for (const zone of ['europe/london', 'EUROPE/LONDON', 'Europe/LONDON', 'asia/kolkata', 'utc', 'etc/utc']) {
      expect({ zone, ok: TimeZoneSchema.safeParse(zone).success }).toEqual({ zone, ok: false });
    }
    expect(TimeZoneSchema.safeParse('europe/london').error?.issues[0]?.message).toContain('Europe/London');
    for (const zone of ['Europe/London', 'UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince', 'EST5EDT', 'Antarctica/DumontDUrville']) {
      expect({ zone, ok: TimeZoneSchema.safeParse(zone).success }).toEqual({ zone, ok: true });
    }
  });

  it('refuses a forged cursor whose instant is outside 1970–2999', () => {
    const forge = (instant: string) => Buffer.from(JSON.stringify([instant, '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect(() => decodeKeysetCursor(forge('0000-01-01T00:00:00Z'))).toThrow('The cursor is not valid.');
    expect(() => decodeKeysetCursor(forge('+275760-09-13T00:00:00.000Z'))).toThrow('The cursor is not valid.');
    expect(decodeKeysetCursor(forge('2026-01-01T00:00:00.000Z')).id).toBe('00000000-0000-4000-8000-000000000000');
  });
});
