export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

/** Longest range one listing may ask for: enough for a quarter, small enough to stay fast. */
export const MAX_RANGE_DAYS = 92;

/** Durations and buffers above a day are input mistakes, and the booking filter margin relies on it. */
export const MAX_DURATION_MINUTES = 1440;

/** Booking windows longer than two years are input mistakes. */
export const MAX_ADVANCE_DAYS = 730;
