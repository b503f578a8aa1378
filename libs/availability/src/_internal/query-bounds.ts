const DAY_MS = 86_400_000;

/**
 * The instants that can matter to local dates `from`..`to` in any zone: a local date lies within
 * ±14 h of its UTC date, and buffers plus a service add under a day each side. Loading only rows
 * overlapping this (indexed) keeps a query's cost independent of the shop's history.
 */
export function queryBounds(range: { from: string; to: string }): { startsAt: Date; endsAt: Date; fromDate: string; toDate: string } {
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`);
  return {
    startsAt: new Date(from - 2 * DAY_MS),
    endsAt: new Date(to + 3 * DAY_MS),
    // Overrides and rule validity are local dates: one day of margin covers a window read near midnight.
    fromDate: new Date(from - DAY_MS).toISOString().slice(0, 10),
    toDate: new Date(to + DAY_MS).toISOString().slice(0, 10),
  };
}
