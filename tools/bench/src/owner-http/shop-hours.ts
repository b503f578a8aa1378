/** Local `HH:mm` pairs. */
export type Window = { start: string; end: string };

const MON_SAT = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA';

// Each staff member works one of two split shifts, Mon–Sat.
const SHIFTS: Window[][] = [
  [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }],
  [{ start: '10:00', end: '14:00' }, { start: '15:00', end: '19:00' }],
];

/** A staff member's windows on a date: their own override, else their shift; within the shop's override. */
export function windowsOf(shop: { overrides: { staff: number | null; date: string; windows: Window[] }[] }, staff: number, shift: number, date: string): Window[] {
  const own = shop.overrides.find((row) => row.staff === staff && row.date === date);
  const windows = own ? own.windows : SHIFTS[shift]!;
  const shopWide = shop.overrides.find((row) => row.staff === null && row.date === date);
  if (!shopWide) return windows;
  return windows.flatMap((window) =>
    shopWide.windows
      .map((open) => ({ start: max(window.start, open.start), end: min(window.end, open.end) }))
      .filter((clipped) => clipped.start < clipped.end),
  );
}

const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

/** The weekly rules the seeder stores: shop hours 08:00–20:00 and each shift. */
export const OPENING_HOURS: Window = { start: '08:00', end: '20:00' };
export const OPENING_RRULE = MON_SAT;
export const shiftRules = (shift: number) => SHIFTS[shift]!.map((window) => ({ rrule: MON_SAT, ...window }));
