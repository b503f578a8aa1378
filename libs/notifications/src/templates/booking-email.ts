import { formatInZone } from '../format-time';
import { renderLayout, type Rendered } from './layout';

/** Every booking email there is; the reminder goes to the customer only. */
export type BookingEmailKind =
  | 'booking_confirmed' | 'booking_pending' | 'booking_approved' | 'booking_rescheduled' | 'booking_cancelled' | 'booking_reminder';

/** What a booking email says; instants are UTC, shown in the shop's zone (and the customer's, to them, when different). */
export type BookingEmailInput = {
  kind: BookingEmailKind;
  recipient: 'customer' | 'shop';
  shop: { name: string; address: string | null; timeZone: string };
  serviceName: string;
  staffName: string;
  customerName: string;
  startsAt: Date;
  /** A reschedule's old start. */
  previousStartsAt?: Date;
  /** Who cancelled a cancelled booking. */
  cancelledBy?: 'customer' | 'shop';
  /** The customer's preferred IANA zone, if any. */
  customerTimeZone?: string | null;
};

type Words = { subject: string; headline: string };

/** The wording of each kind, for each recipient: the one place to change what an email says. */
function wordsFor(input: BookingEmailInput, when: string, was: string): Words {
  const what = `${input.serviceName} at ${input.shop.name}`;
  const toCustomer = input.recipient === 'customer';
  switch (input.kind) {
    case 'booking_confirmed':
      return toCustomer
        ? { subject: `Booked: ${what}, ${when}`, headline: `Your booking is confirmed: ${what} with ${input.staffName}.` }
        : { subject: `New booking: ${input.serviceName} with ${input.staffName}, ${when}`, headline: `${input.customerName} booked ${input.serviceName} with ${input.staffName}.` };
    case 'booking_pending':
      return toCustomer
        ? { subject: `Requested: ${what}, ${when}`, headline: `${input.shop.name} will confirm your request soon; the time is held for you.` }
        : { subject: `To approve: ${input.serviceName} with ${input.staffName}, ${when}`, headline: `${input.customerName} asked for ${input.serviceName} with ${input.staffName}. It waits for your approval.` };
    case 'booking_approved':
      return toCustomer
        ? { subject: `Confirmed: ${what}, ${when}`, headline: `${input.shop.name} approved your booking: ${input.serviceName} with ${input.staffName}.` }
        : { subject: `Approved: ${input.serviceName} with ${input.staffName}, ${when}`, headline: `You approved ${input.customerName}'s booking.` };
    case 'booking_rescheduled':
      return {
        subject: `Moved: ${what}, now ${when}`,
        headline: `${toCustomer ? 'Your' : `${input.customerName}'s`} booking moved from ${was} to ${when}, with ${input.staffName}.`,
      };
    case 'booking_cancelled': {
      const by = input.cancelledBy === 'shop' ? (toCustomer ? input.shop.name : 'you (the salon)') : toCustomer ? 'you' : input.customerName;
      return { subject: `Cancelled: ${what}, ${when}`, headline: `This booking was cancelled by ${by}.` };
    }
    case 'booking_reminder':
      return { subject: `Reminder: ${what}, ${when}`, headline: `See you soon: ${input.serviceName} with ${input.staffName}.` };
  }
}

/** Subject, plain text and HTML of a booking email. */
export function renderBookingEmail(input: BookingEmailInput): Rendered {
  const when = formatInZone(input.startsAt, input.shop.timeZone);
  const was = input.previousStartsAt ? formatInZone(input.previousStartsAt, input.shop.timeZone) : '';
  const words = wordsFor(input, when, was);
  const zone = input.customerTimeZone;
  const isOtherZone = input.recipient === 'customer' && !!zone && zone !== input.shop.timeZone;
  const rows: Array<[string, string]> = [
    ['Salon', input.shop.name],
    ['Address', input.shop.address ?? '(no address on file)'],
    ['Service', input.serviceName],
    ['Stylist', input.staffName],
    ['When', when],
    ...(isOtherZone ? ([['Your time', formatInZone(input.startsAt, zone)]] as Array<[string, string]>) : []),
    ...(input.previousStartsAt ? ([['Was', was]] as Array<[string, string]>) : []),
    ...(input.recipient === 'shop' ? ([['Customer', input.customerName]] as Array<[string, string]>) : []),
  ];
  return renderLayout({ subject: words.subject, headline: words.headline, rows });
}
