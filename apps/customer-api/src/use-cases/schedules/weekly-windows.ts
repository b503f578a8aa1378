import { type WEEKDAYS } from '@salon/contracts-customer';

/** A stretch of local wall-clock time, `HH:mm` to `HH:mm` (the end may be `24:00`). */
export type LocalWindow = { start: string; end: string };

const BY_CODE: Record<string, (typeof WEEKDAYS)[number]> = {
  MO: 'monday', TU: 'tuesday', WE: 'wednesday', TH: 'thursday', FR: 'friday', SA: 'saturday', SU: 'sunday',
};

/**
 * The weekdays a stored weekly rule names in BYDAY (`FREQ=WEEKLY;BYDAY=MO,WE` → monday, wednesday),
 * also after a `DTSTART` line. Stored rules were checked by the engine on the way in; a code this
 * does not know is skipped rather than guessed.
 */
export function weekdaysOf(rrule: string): (typeof WEEKDAYS)[number][] {
  const match = /(?:^|[;:\n])BYDAY=([A-Z0-9,+-]+)/i.exec(rrule);
  if (!match?.[1]) return [];
  return match[1].split(',').flatMap((code) => BY_CODE[code.toUpperCase()] ?? []);
}

/**
 * Windows in time order with overlapping or touching ones joined (09:00–13:00 and 12:00–18:00 show
 * as 09:00–18:00). `HH:mm` strings compare correctly as text, `24:00` included.
 */
export function mergeWindows(windows: readonly LocalWindow[]): LocalWindow[] {
  const sorted = [...windows].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: LocalWindow[] = [];
  for (const window of sorted) {
    const last = merged.at(-1);
    if (last && window.start <= last.end) {
      if (window.end > last.end) last.end = window.end;
    } else {
      merged.push({ ...window });
    }
  }
  return merged;
}
