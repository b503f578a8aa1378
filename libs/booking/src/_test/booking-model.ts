// The property test's model of one stylist-day: what the lib should list and accept, computed
// from plain intervals, independently of the engine and the database.

export const MINUTE_MS = 60_000;

/** The day's constants: the shop's window, its slot grid and the service (buffer after included). */
export type Day = { openMs: number; closeMs: number; intervalMinutes: number; durationMinutes: number; bufferAfterMinutes: number };

export type ModelBooking = { id: string; staffId: string; startMs: number; isActive: boolean };

export type ModelState = { staffIds: readonly string[]; bookings: ModelBooking[] };

const occupied = (day: Day, startMs: number) => ({
  start: startMs,
  end: startMs + (day.durationMinutes + day.bufferAfterMinutes) * MINUTE_MS,
});

/** Every start on the grid whose service fits inside the window (buffers may run past closing). */
export function gridStarts(day: Day): number[] {
  const starts: number[] = [];
  for (let s = day.openMs; s + day.durationMinutes * MINUTE_MS <= day.closeMs; s += day.intervalMinutes * MINUTE_MS) starts.push(s);
  return starts;
}

/** Is the stylist free for a booking at `startMs` (optionally ignoring the booking being moved)? */
export function isFree(day: Day, state: ModelState, staffId: string, startMs: number, ignoreId?: string): boolean {
  const wanted = occupied(day, startMs);
  return state.bookings.every((booking) => {
    if (!booking.isActive || booking.staffId !== staffId || booking.id === ignoreId) return true;
    const taken = occupied(day, booking.startMs);
    return taken.end <= wanted.start || wanted.end <= taken.start;
  });
}

/** The free stylists at `startMs` in assignment order (rule 5: fewest active bookings that day, then id). */
export function freeStaff(day: Day, state: ModelState, startMs: number): string[] {
  if (!gridStarts(day).includes(startMs)) return [];
  const load = (staffId: string) => state.bookings.filter((b) => b.isActive && b.staffId === staffId).length;
  return state.staffIds
    .filter((staffId) => isFree(day, state, staffId, startMs))
    .sort((a, b) => load(a) - load(b) || (a < b ? -1 : 1));
}

/** What the public listing must offer: each start with at least one free stylist, and who. */
export function expectedSlots(day: Day, state: ModelState): Array<{ start: string; staffIds: string[] }> {
  return gridStarts(day)
    .map((startMs) => ({ start: new Date(startMs).toISOString(), staffIds: freeStaff(day, state, startMs) }))
    .filter((slot) => slot.staffIds.length > 0);
}

/** The (start, stylist) pairs a booking blocks and only it blocks: what cancelling it must free. */
export function freedBy(day: Day, state: ModelState, bookingId: string): string[] {
  const booking = state.bookings.find((b) => b.id === bookingId);
  if (!booking?.isActive) return [];
  return gridStarts(day)
    .filter((s) => !isFree(day, state, booking.staffId, s) && isFree(day, state, booking.staffId, s, booking.id))
    .map((s) => `${new Date(s).toISOString()}/${booking.staffId}`);
}
