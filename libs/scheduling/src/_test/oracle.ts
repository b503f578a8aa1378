const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall clock of an instant in a zone, "YYYY-MM-DDTHH:mm:ss", read through Intl's
 * formatToParts: a route independent of the engine's (tzOffset's "longOffset" strings).
 */
export function wallClockOf(zone: string, instantMs: number): string {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instantMs)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

const offsetOf = (zone: string, instantMs: number): number =>
  Date.parse(`${wallClockOf(zone, instantMs)}Z`) - instantMs;

/**
 * Rule 3 from its definition: the earliest instant showing this wall clock; when none does (a
 * gap), the wall clock read with the offset in force before the gap.
 */
export function oracleInstant(zone: string, localDate: string, minutes: number): number {
  const wallMs = Date.parse(`${localDate}T00:00:00Z`) + minutes * 60_000;
  const offsets = [offsetOf(zone, wallMs - DAY_MS), offsetOf(zone, wallMs + DAY_MS)];
  const valid = offsets
    .map((offset) => wallMs - offset)
    .filter((instantMs) => Date.parse(`${wallClockOf(zone, instantMs)}Z`) === wallMs);
  if (valid.length > 0) return Math.min(...valid);
  return wallMs - (offsets[0] as number);
}
