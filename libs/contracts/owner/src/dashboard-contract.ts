import { API_ROUTER_OPTIONS, auth, CurrencySchema, InstantSchema, LocalDateSchema, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { BookingStaffSchema, BookingStatusSchema, LocalInstantSchema } from './booking-schemas';

const c = initContract();

/** The longest range one dashboard may cover, in days (both ends included). */
export const MAX_DASHBOARD_DAYS = 366;
/** Without `from`/`to`: this many days ending today, in each shop's zone. */
export const DEFAULT_DASHBOARD_DAYS = 30;
const DAY_MS = 86_400_000;
/** Dates a dashboard may name: far beyond any salon's history or plans, and inside every layer's calendar arithmetic. */
const EARLIEST_DATE = '1970-01-01';
const LATEST_DATE = '2999-12-31';

export const DashboardQuerySchema = z
  .object({
    from: LocalDateSchema.optional().describe(`First local date counted (each shop's own zone), ${EARLIEST_DATE} to ${LATEST_DATE}. Give both \`from\` and \`to\`, or neither.`),
    to: LocalDateSchema.optional().describe(`Last local date counted, included; at most ${MAX_DASHBOARD_DAYS} days from \`from\`.`),
    shopId: UuidSchema.optional().describe('Only this shop of yours; unset: all your shops.'),
  })
  .strict()
  .superRefine((query, issue) => {
    if (!query.from !== !query.to) {
      issue.addIssue({ code: 'custom', path: [query.from ? 'to' : 'from'], message: 'Give both `from` and `to`, or neither.' });
      return;
    }
    if (!query.from || !query.to) return;
    for (const [key, date] of [['from', query.from], ['to', query.to]] as const) {
      if (date < EARLIEST_DATE || date > LATEST_DATE) {
        issue.addIssue({ code: 'custom', path: [key], message: `Must be between ${EARLIEST_DATE} and ${LATEST_DATE}.` });
        return;
      }
    }
    const days = (Date.parse(query.to) - Date.parse(query.from)) / DAY_MS + 1;
    if (days < 1) issue.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before `from`.' });
    else if (days > MAX_DASHBOARD_DAYS) issue.addIssue({ code: 'custom', path: ['to'], message: `At most ${MAX_DASHBOARD_DAYS} days, both ends included.` });
  });
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

const count = (what: string) => z.number().int().min(0).describe(what);

const DashboardShopSchema = z.object({
  id: z.string().uuid().describe('Shop id.'),
  name: z.string().describe('Shop name.'),
  timeZone: z.string().describe('The shop\'s IANA zone: its dates below are local to it.'),
  from: LocalDateSchema.describe('First local date counted for this shop.'),
  to: LocalDateSchema.describe('Last local date counted for this shop, included.'),
  today: LocalDateSchema.describe('Today in this shop\'s zone.'),
});

const UpcomingAppointmentSchema = z.object({
  bookingId: z.string().uuid().describe('Booking id.'),
  shopId: z.string().uuid().describe('The shop booked.'),
  status: BookingStatusSchema,
  startsAt: InstantSchema.describe('Start, UTC.'),
  endsAt: InstantSchema.describe('End, UTC.'),
  localStart: LocalInstantSchema,
  serviceName: z.string().describe('Service booked (name at booking time).'),
  staff: BookingStaffSchema,
  customerName: z.string().nullable().describe('Customer\'s name, if they gave one.'),
});

export const DashboardSchema = z.object({
  shops: z.array(DashboardShopSchema).describe('The shops counted, each with the local date range applied to it.'),
  bookingsByStatus: z
    .object({
      pending: count('Bookings still pending.'),
      confirmed: count('Confirmed bookings.'),
      cancelled: count('Cancelled bookings.'),
      completed: count('Completed bookings.'),
      no_show: count('Bookings whose customer did not come.'),
    })
    .describe('Bookings starting in the range (each shop\'s local dates), by status.'),
  totalBookings: count('All bookings starting in the range, whatever their status.'),
  revenue: z
    .array(z.object({ currency: CurrencySchema, amountMinor: z.number().int().min(0).describe('Sum of booked prices, in minor units.') }))
    .describe('Revenue of completed bookings in the range, one entry per currency (never summed across currencies), by currency code.'),
  noShowRate: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe('no_show ÷ (completed + no_show) in the range; null when both are zero.'),
  utilisation: z
    .object({
      rate: z
        .number()
        .min(0)
        .nullable()
        .describe('bookedStaffMinutes ÷ workingStaffMinutes (may pass 1 when bookings were taken outside working hours); null when no working time.'),
      bookedStaffMinutes: count('Staff minutes booked in the range: length plus buffers of every booking not cancelled.'),
      workingStaffMinutes: count(
        'Working minutes of the active staff in the range: the scheduling engine\'s working windows (weekly hours within opening hours, date overrides, minus time off).',
      ),
    })
    .describe('How much of the staff\'s working time was booked.'),
  customers: z
    .object({
      total: count('Distinct customers with a booking (not cancelled) in the range.'),
      new: count('Of those, customers whose first booking (not cancelled) at these shops is in the range.'),
      returning: count('Of those, customers who had booked these shops before the range.'),
    })
    .describe('New versus returning customers.'),
  todayUpcoming: z
    .array(UpcomingAppointmentSchema)
    .describe('Pending and confirmed appointments later today (each shop\'s local today), soonest first, at most 100.'),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const dashboardContract = c.router(
  {
    get: {
      method: 'GET',
      path: '/clients/dashboard',
      query: DashboardQuerySchema,
      responses: { 200: DashboardSchema },
      metadata: auth('owner'),
      summary: 'Your shops at a glance: bookings by status, revenue, no-show rate, utilisation, new vs returning customers, today\'s appointments.',
    },
  },
  API_ROUTER_OPTIONS,
);
