import { DAY_MS, MINUTE_MS } from './constants';

/** ISO 8601 spellings of instants, memoised for the length of one call. */
export type IsoFormatter = {
  /** "2026-03-30T08:00:00.000Z", as `Date#toISOString` spells it. */
  utc(instantMs: number): string;
  /** "2026-03-30T09:00:00+01:00": the wall clock at `offsetMs` plus that offset. */
  local(instantMs: number, offsetMs: number): string;
};

const PAD = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));

/**
 * Built by arithmetic on epoch milliseconds, never through a `Date`'s local getters, so the
 * process time zone cannot leak in. A listing formats a few hundred instants that share a few
 * dates, so date prefixes and whole strings are cached (toISOString is the costly part).
 */
export function createIsoFormatter(): IsoFormatter {
  const prefixes = new Map<number, string>();
  const utcStrings = new Map<number, string>();
  const wallClock = (ms: number): string => {
    const day = Math.floor(ms / DAY_MS);
    let prefix = prefixes.get(day);
    if (prefix === undefined) {
      prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
      prefixes.set(day, prefix);
    }
    const seconds = Math.floor((ms - day * DAY_MS) / 1000);
    return `${prefix}${PAD[Math.floor(seconds / 3600)]}:${PAD[Math.floor(seconds / 60) % 60]}:${PAD[seconds % 60]}`;
  };
  return {
    utc(instantMs) {
      let text = utcStrings.get(instantMs);
      if (text === undefined) {
        const millis = String(((instantMs % 1000) + 1000) % 1000).padStart(3, '0');
        text = `${wallClock(instantMs)}.${millis}Z`;
        utcStrings.set(instantMs, text);
      }
      return text;
    },
    local(instantMs, offsetMs) {
      const minutes = Math.round(Math.abs(offsetMs) / MINUTE_MS);
      const sign = offsetMs < 0 ? '-' : '+';
      return `${wallClock(instantMs + offsetMs)}${sign}${PAD[Math.floor(minutes / 60)]}:${PAD[minutes % 60]}`;
    },
  };
}
