import { type Database } from '@salon/db';

/** What every booking verb runs with: the database, the one clock, and who is acting. */
export type BookingContext = {
  db: Database;
  now: () => Date;
  /** The signed-in user making the change, recorded in the status history. */
  userId: string;
};

/** Who may see and change a booking: its customer, or the owner of its shop. */
export type BookingActor = { kind: 'customer'; customerId: string } | { kind: 'owner'; ownerId: string };
