/** A weekly window in shop-local time: `days` as rrule BYDAY codes, `HH:mm` bounds. */
export type DemoHours = { days: string[]; start: string; end: string };

/** A service on the menu; `key` is how staff and bookings refer to it in this data. */
export type DemoService = {
  key: string;
  name: string;
  category: string;
  description?: string;
  priceMinor: number;
  durationMinutes: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
};

/** A staff member's own price and/or length for a service (a senior stylist charges more). */
export type DemoRate = { priceMinor?: number; durationMinutes?: number };

/**
 * A staff member, the services they do (with their own `rates` by service key, where they differ
 * from the menu), and their own weekly windows (several = split shift).
 */
export type DemoStaff = {
  key: string;
  displayName: string;
  email?: string;
  services: string[];
  rates?: Record<string, DemoRate>;
  hours: DemoHours[];
};

/** A date that differs from the weekly hours, `dayOffset` days after the seed's "today". */
export type DemoOverride = { dayOffset: number; staff?: string; isClosed: boolean; windows?: { start: string; end: string }[]; reason: string };

/** A staff absence of whole local days starting `dayOffset` days after "today". */
export type DemoTimeOff = { staff: string; dayOffset: number; days: number; reason: string };

/** One demo shop with everything it owns. */
export type DemoShop = {
  key: string;
  owner: string;
  name: string;
  description: string;
  timeZone: string;
  currency: string;
  addressLine: string;
  city: string;
  postalCode: string;
  countryCode: string;
  latitude: number;
  longitude: number;
  phone: string;
  email: string;
  website?: string;
  hours: DemoHours[];
  services: DemoService[];
  staff: DemoStaff[];
  overrides?: DemoOverride[];
  timeOff?: DemoTimeOff[];
};

/**
 * A booking `dayOffset` days after the shop's local "today" at local `time`; if the staff member
 * does not work that day (or the shop has an override), the next day they do.
 */
export type DemoBooking = {
  shop: string;
  staff: string;
  service: string;
  customer: string;
  dayOffset: number;
  time: string;
  status?: 'pending' | 'confirmed' | 'cancelled';
  notes?: string;
};
