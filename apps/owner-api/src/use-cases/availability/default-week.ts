import { describeInstants } from '@salon/scheduling';

const DAY_MS = 86_400_000;

/** `from` defaults to today in the shop's zone, `to` to from + 6 days: a week, as a diary opens. */
export function defaultWeek(input: { from?: string; to?: string }, timeZone: string, now: Date): { from: string; to: string } {
  const today = describeInstants([now], timeZone);
  const from = input.from ?? (today.ok ? today.value[0]!.localDate : now.toISOString().slice(0, 10));
  const to = input.to ?? new Date(Date.parse(`${from}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}
