import {
  type OccupiedRange,
  type ScheduleInput,
  type Service,
  type StaffMember,
  type WeeklyRule,
} from '@salon/scheduling';
import { createRandom } from '../random';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type ShopOptions = {
  staffCount: number;
  /** Bookings in the whole shop, spread over `days` days from FIRST_DAY. */
  bookings: number;
  days: number;
  /** Occupied ranges as the DB driver returns them (`Date`) or as JSON (`string`). */
  instants: 'date' | 'string';
};

/** `input` is set up for `services[0]`, the service everyone performs. */
export type Shop = { input: ScheduleInput; services: Service[] };

export const FIRST_DAY = '2026-03-02';

// Half the staff work one window on weekdays, the other half two windows Tuesday to Saturday.
const rulesFor = (index: number): WeeklyRule[] =>
  index % 2 === 0
    ? [{ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '09:00', end: '17:00' }]
    : [
        { rrule: 'FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA', start: '10:00', end: '13:00' },
        { rrule: 'FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA', start: '14:00', end: '19:00' },
      ];

/**
 * A London shop open Mon–Sat 08:00–20:00 with `staffCount` staff, 30 services (the first performed
 * by everyone) and `bookings` one-hour bookings on random staff, days and hours, never overlapping.
 */
export function generateShop(options: ShopOptions): Shop {
  const random = createRandom(42);
  const staff: StaffMember[] = Array.from({ length: options.staffCount }, (_, index) => ({
    id: `staff-${String(index).padStart(3, '0')}`,
    rules: rulesFor(index),
  }));
  const services: Service[] = Array.from({ length: 30 }, (_, index) => ({
    durationMinutes: index === 0 ? 45 : 15 * (1 + Math.floor(random() * 8)),
    bufferBeforeMinutes: index === 0 ? 0 : 5 * Math.floor(random() * 3),
    bufferAfterMinutes: index === 0 ? 15 : 5 * Math.floor(random() * 4),
    staff: staff.filter(() => index === 0 || random() < 0.5).map((member) => ({ staffId: member.id })),
  }));
  const input: ScheduleInput = {
    timeZone: 'Europe/London',
    openingHours: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA', start: '08:00', end: '20:00' }],
    staff,
    overrides: [{ date: '2026-04-03', kind: 'closed' }],
    timeOff: [{ staffId: 'staff-000', start: '2026-04-14T09:00:00Z', end: '2026-04-16T18:00:00Z' }],
    occupied: generateBookings(staff, options, random),
    service: services[0] as Service,
    policy: { slotIntervalMinutes: 15, minNoticeMinutes: 60, maxAdvanceDays: 120 },
    now: `${FIRST_DAY}T00:00:00Z`,
  };
  return { input, services };
}

function generateBookings(staff: StaffMember[], options: ShopOptions, random: () => number): OccupiedRange[] {
  const taken = new Set<string>();
  const occupied: OccupiedRange[] = [];
  const firstMs = Date.parse(`${FIRST_DAY}T00:00:00Z`);
  const capacity = staff.length * options.days * 8;
  if (options.bookings > capacity) throw new Error(`At most ${capacity} one-hour bookings fit.`);
  while (occupied.length < options.bookings) {
    const member = staff[Math.floor(random() * staff.length)] as StaffMember;
    const day = Math.floor(random() * options.days);
    const hour = 8 + Math.floor(random() * 8);
    const key = `${member.id}/${day}/${hour}`;
    if (taken.has(key)) continue;
    taken.add(key);
    // Whole UTC hours: some fall outside a staff member's window, which a real shop has too.
    const startMs = firstMs + day * DAY_MS + hour * HOUR_MS;
    const [start, end] =
      options.instants === 'date'
        ? [new Date(startMs), new Date(startMs + HOUR_MS)]
        : [new Date(startMs).toISOString(), new Date(startMs + HOUR_MS).toISOString()];
    occupied.push({ staffId: member.id, bookingId: `booking-${occupied.length}`, start, end });
  }
  return occupied;
}
