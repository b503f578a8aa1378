import { type BookingStatus } from '@salon/db';

type HistoryRow = { fromStatus: BookingStatus | null; toStatus: BookingStatus; createdAt: Date };

/**
 * A booking's status history oldest first. Rows written at the same instant (a fixed test clock, or
 * two changes within a millisecond) cannot be ordered by time or by their random ids, so ties follow
 * the chain: the creation row (`from` null) first, then the row whose `from` is the previous `to`.
 * Pure; the input is not mutated.
 * @example orderStatusHistory([confirmedToCancelled, createdConfirmed]) // [createdConfirmed, confirmedToCancelled] at equal times
 */
export function orderStatusHistory<T extends HistoryRow>(rows: readonly T[]): T[] {
  const left = [...rows];
  const ordered: T[] = [];
  while (left.length > 0) {
    const earliest = Math.min(...left.map((row) => row.createdAt.getTime()));
    const tied = left.filter((row) => row.createdAt.getTime() === earliest);
    const previous = ordered.at(-1);
    const next = tied.find((row) => row.fromStatus === (previous ? previous.toStatus : null)) ?? tied[0]!;
    ordered.push(next);
    left.splice(left.indexOf(next), 1);
  }
  return ordered;
}
