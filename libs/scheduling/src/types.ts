/** A calendar date in the shop's time zone: "YYYY-MM-DD". */
export type LocalDate = string;

/** A wall-clock time in the shop's time zone: "HH:mm" ("24:00" is accepted as an end). */
export type LocalTime = string;

/** An instant: a `Date`, or an ISO 8601 string with `Z` or an explicit offset. */
export type InstantInput = Date | string;

/** One stretch of local wall-clock time on a date, half-open `[start, end)`. */
export type LocalWindow = { start: LocalTime; end: LocalTime };

/**
 * A weekly recurrence with one window on each day it occurs. `rrule` is RFC 5545 text such as
 * `"FREQ=WEEKLY;BYDAY=MO,TU"` (optionally with a floating `DTSTART:` line). Several windows a day are
 * several rules.
 */
export type WeeklyRule = {
  rrule: string;
  start: LocalTime;
  end: LocalTime;
  /** First local date the rule applies on, inclusive; absent or null = no bound. */
  validFrom?: LocalDate | null;
  /** Last local date the rule applies on, inclusive; absent or null = no bound. */
  validUntil?: LocalDate | null;
};

/** Replaces the rules on one local date, for the shop (no `staffId`) or for one staff member. */
export type DateOverride =
  | { date: LocalDate; staffId?: string; kind: 'closed' }
  | { date: LocalDate; staffId?: string; kind: 'open'; windows: LocalWindow[] };

/** A staff member and their weekly working rules (several rules make several windows a day). */
export type StaffMember = { id: string; rules: WeeklyRule[] };

/** Instants a staff member does not work, half-open `[start, end)`. */
export type TimeOff = { staffId: string; start: InstantInput; end: InstantInput };

/** A booking's status, as the booking lifecycle names it. */
export type BookingStatus = 'pending' | 'confirmed' | 'completed' | 'cancelled' | 'no_show';

/**
 * What a booking holds, buffers included, half-open `[start, end)`. With `status: 'cancelled'` the
 * engine ignores it (rule 6), so a caller passing every booking cannot forget to filter; without a
 * status it occupies.
 */
export type OccupiedRange = { staffId: string; bookingId: string; start: InstantInput; end: InstantInput; status?: BookingStatus };

/**
 * One stretch of a service: `active` holds the stylist; `processing` (a colour developing) leaves
 * them free for another client while the client stays. Minutes, whole.
 */
export type ServiceSegment = { kind: 'active' | 'processing'; minutes: number };

/**
 * A staff member who performs the service, optionally with their own version of it: `segments`
 * replace the service's; `durationMinutes` alone replaces its length (keeping the service's
 * segments when it equals their sum, else one active block).
 */
export type ServicePerformer = { staffId: string; durationMinutes?: number | null; segments?: ServiceSegment[] | null };

/**
 * The service being booked: minutes of work, buffers around it, and who performs it. With
 * `segments`, their sum is the duration (`durationMinutes` must equal it); only active segments
 * and the outer buffers hold the stylist (rule 4 per segment).
 */
export type Service = {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  segments?: ServiceSegment[] | null;
  staff: ServicePerformer[];
};

/** A segment of a booked or offered start, as UTC instants (ISO, `Z`), half-open. */
export type TimedSegment = { kind: ServiceSegment['kind']; start: string; end: string };

/**
 * Where starts may fall: `grid` (every `slotIntervalMinutes` from a window's start) or `gapless`
 * (the grid, plus the instant a staff member's occupied range ends, moved by the new booking's
 * buffer before, so the new occupied range starts exactly there: a 45-minute booking at 09:00
 * leaves 09:45 bookable on a 30-minute grid).
 */
export type StartAlignment = 'grid' | 'gapless';

/** Rule 2 and rule 6: the grid step, the minimum notice and how far ahead one may book. */
export type BookingPolicy = {
  slotIntervalMinutes: number;
  minNoticeMinutes: number;
  maxAdvanceDays: number;
  /** Absent = `grid`. */
  startAlignment?: StartAlignment;
};

/** Everything the engine needs; the caller loads it, the engine never does I/O. */
export type ScheduleInput = {
  /** IANA zone of the shop, e.g. "Europe/London". */
  timeZone: string;
  /** Bounds every staff member's windows (rule 1). */
  openingHours: WeeklyRule[];
  staff: StaffMember[];
  overrides: DateOverride[];
  timeOff: TimeOff[];
  /** What bookings hold; those with `status: 'cancelled'` occupy nothing and are skipped. */
  occupied: OccupiedRange[];
  service: Service;
  policy: BookingPolicy;
  now: InstantInput;
};

/** Local dates, both inclusive. */
export type DateRange = { from: LocalDate; to: LocalDate };

/** A free staff member of a slot and when the service ends with them. */
export type SlotStaff = { staffId: string; end: string };

/** A bookable start time (rule 5: at least one performer is free for the whole occupied range). */
export type Slot = {
  /** UTC instant, ISO 8601 ending in `Z`. */
  start: string;
  /** When the service ends for `staffIds[0]`, the staff member a booking without one would get. */
  end: string;
  /** Shop-local start with its offset, e.g. "2026-03-30T09:00:00+01:00". */
  localStart: string;
  localDate: LocalDate;
  /** Free staff in assignment order: fewest bookings that day first, then by id. */
  staffIds: string[];
  /** The same staff with their own end (per-staff durations may differ). */
  staff: SlotStaff[];
  /** Only for a service with processing time: its segments with `staffIds[0]`. */
  segments?: TimedSegment[];
};

/** The start a booking asks for (`Date` or ISO instant), optionally with its staff member. */
export type SlotRequest = {
  start: InstantInput;
  /** Omit to let the engine choose (rule 5). */
  staffId?: string;
  /** The booking being moved: its own occupied range is ignored (case 12). */
  ignoreBookingId?: string;
};

/**
 * Why `checkSlot` refuses a start: before now + notice, after now + max advance, no performer's
 * grid has it, the staff member does not perform the service, the requested staff member is busy,
 * off or not working, or nobody who performs it is free.
 */
export type UnavailableReason =
  | 'too_soon'
  | 'too_far'
  | 'not_a_slot'
  | 'staff_not_eligible'
  | 'staff_unavailable'
  | 'no_staff_free';

/** The answer of `checkSlot`: who takes the start and what to store, or why it is refused. */
export type SlotCheck =
  | {
      isBookable: true;
      staffId: string;
      start: string;
      end: string;
      localStart: string;
      localDate: LocalDate;
      /** The whole span the booking holds, buffers included (first hold's start to last hold's end). */
      occupied: { start: string; end: string };
      /**
       * What to store as the booking's holds: the active segments with the outer buffers, joined
       * where they touch. One range (= `occupied`) for a service without processing time.
       */
      holds: { start: string; end: string }[];
      /** The service's segments at this start (one active segment without processing time). */
      segments: TimedSegment[];
    }
  | { isBookable: false; reason: UnavailableReason; message: string };

/** The closed set of input errors; the caller maps every one to 400 validation_failed. */
export type ScheduleErrorCode =
  | 'invalid_type'
  | 'invalid_time_zone'
  | 'invalid_date'
  | 'invalid_time'
  | 'invalid_window'
  | 'invalid_rrule'
  | 'invalid_instant'
  | 'invalid_range'
  | 'range_too_long'
  | 'invalid_number'
  | 'duplicate_id';

/** Invalid input, never thrown: `path` points at the field, e.g. "staff[1].rules[0].rrule". */
export type ScheduleError = { code: ScheduleErrorCode; message: string; path: string };

/** One service of a visit, optionally with the staff member who must do it. */
export type VisitLine = { service: Service; staffId?: string };

/**
 * Several services in one visit, back to back in the order given (cut, then colour). Each line's
 * stylist must be free for that line's holds; the first line's buffer before and the last line's
 * buffer after are the visit's, inner buffers are not held (the client goes straight on).
 */
export type VisitInput = Omit<ScheduleInput, 'service'> & { lines: VisitLine[] };

/** A line of an offered or checked visit: who does it, when, its segments and what it holds. */
export type VisitLineTimes = {
  staffId: string;
  start: string;
  end: string;
  segments: TimedSegment[];
  /** Store these as the line's holds (active segments with the visit's outer buffers). */
  holds: { start: string; end: string }[];
};

/** A start where the whole sequence fits, with the first assignment found (lines in order). */
export type VisitSlot = { start: string; end: string; localStart: string; localDate: LocalDate; lines: VisitLineTimes[] };

/** The answer of `checkVisit`: the lines to store, or why the start is refused. */
export type VisitCheck =
  | ({ isBookable: true } & VisitSlot)
  | { isBookable: false; reason: UnavailableReason; message: string };
