import {
  and,
  asc,
  bookings,
  dateOverrides,
  eq,
  gt,
  gte,
  inArray,
  lt,
  lte,
  timeOff,
  weeklyHours,
  type Booking,
  type Database,
  type DateOverride,
  type TimeOff,
  type WeeklyHours,
} from '@salon/db';

/** What the engine needs to judge a shop's upcoming bookings, as stored. */
export type ScheduleRows = {
  weekly: WeeklyHours[];
  overrides: DateOverride[];
  timeOff: TimeOff[];
  bookings: Booking[];
};

export type RowsWindow = {
  /** Bookings starting in `(from, to]` are judged. */
  from: Date;
  to: Date;
  /** Local dates those bookings can fall on (a day of slack either side). */
  fromDate: string;
  toDate: string;
};

/**
 * Loads a shop's schedule rows and its active (pending, confirmed) bookings starting in the window.
 * Weekly rows are all loaded (their validity dates are filtered per booking date); overrides and
 * time off only where they can touch those bookings.
 * TODO(lead): replace with the shared loader of libs/availability once it lands on main.
 */
export async function loadScheduleRows(db: Database, shopId: string, window: RowsWindow): Promise<ScheduleRows> {
  const [weekly, overrides, absences, upcoming] = await Promise.all([
    db.select().from(weeklyHours).where(eq(weeklyHours.shopId, shopId)),
    db
      .select()
      .from(dateOverrides)
      .where(and(eq(dateOverrides.shopId, shopId), gte(dateOverrides.date, window.fromDate), lte(dateOverrides.date, window.toDate))),
    db
      .select()
      .from(timeOff)
      .where(and(eq(timeOff.shopId, shopId), gt(timeOff.endsAt, window.from), lt(timeOff.startsAt, new Date(window.to.getTime() + 86_400_000)))),
    db
      .select()
      .from(bookings)
      .where(
        and(
          eq(bookings.shopId, shopId),
          inArray(bookings.status, ['pending', 'confirmed']),
          gt(bookings.startsAt, window.from),
          lte(bookings.startsAt, window.to),
        ),
      )
      .orderBy(asc(bookings.startsAt), asc(bookings.id)),
  ]);
  return { weekly, overrides, timeOff: absences, bookings: upcoming };
}
