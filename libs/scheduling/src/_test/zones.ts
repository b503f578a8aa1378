import { tzOffset } from '@date-fns/tz';

const DAY_MS = 86_400_000;

/** Zones with odd offsets, midnight transitions, 30-minute DST, southern DST and no DST at all. */
export const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'America/New_York',
  'America/Havana',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Tehran',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Africa/Casablanca',
  'America/Asuncion',
] as const;

export const FIRST_DAY = Date.UTC(2026, 0, 1) / DAY_MS;
export const LAST_DAY = Date.UTC(2027, 11, 31) / DAY_MS;

const transitionCache = new Map<string, number[]>();

/** Local dates in 2026–2027 on or next to which the zone changes its offset. */
export function transitionDays(zone: string): number[] {
  let days = transitionCache.get(zone);
  if (!days) {
    days = [];
    for (let day = FIRST_DAY; day <= LAST_DAY; day += 1) {
      const before = tzOffset(zone, new Date(day * DAY_MS));
      const after = tzOffset(zone, new Date((day + 1) * DAY_MS));
      if (before !== after) days.push(day - 1, day, day + 1);
    }
    transitionCache.set(zone, days);
  }
  return days;
}

export const toLocalDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
