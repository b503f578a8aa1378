import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** One booking as a calendar event; every instant is UTC. */
export type InviteInput = {
  /** Stable per booking: the same UID updates (or removes) the same event in every calendar app. */
  uid: string;
  /** Grows with every change (the booking's version), so apps take the newest. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  start: Date;
  end: Date;
  /** When this version was made (DTSTAMP). */
  stamp: Date;
  summary: string;
  location: string;
  description: string;
  organizer: { name: string; email: string };
};

/**
 * An RFC 5545 invite (ical-generator: escaping and line folding are its job). METHOD:REQUEST adds or
 * updates the event, METHOD:CANCEL removes it. Times are UTC (`…Z`), never floating, so no
 * VTIMEZONE is needed.
 */
export function buildInvite(input: InviteInput): string {
  const calendar = ical({
    prodId: { company: 'salon', product: 'notifications', language: 'EN' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    start: input.start,
    end: input.end,
    stamp: input.stamp,
    summary: input.summary,
    location: input.location,
    description: input.description,
    organizer: input.organizer,
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
