import { type Database, type Transaction } from '@salon/db';

/** What every booking verb runs with: the database, the one clock, and who is acting. */
export type BookingContext = {
  db: Database;
  now: () => Date;
  /** The signed-in user making the change, recorded in the status history. */
  userId: string;
};

/** Who may see and change a booking: its customer, or the owner of its shop. */
export type BookingActor = { kind: 'customer'; customerId: string } | { kind: 'owner'; ownerId: string };

/**
 * Runs in the booking's transaction once the booking is written (e.g. to read its detail and
 * store the idempotent response). Its first statement may go out in the same round trip as the
 * booking's own, so it must not need anything but the id.
 */
export type OnBooked = (tx: Transaction, booking: { id: string }) => Promise<void>;

/**
 * What createBooking's caller may run in the booking's transaction: `beforeBook` beside the slot
 * check (e.g. the plan limit; its refusal wins), `onBooked` once the booking is written.
 */
export type BookingHooks = { beforeBook?: (tx: Transaction) => Promise<void>; onBooked?: OnBooked };
