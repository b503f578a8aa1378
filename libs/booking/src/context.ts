import { type Booking, type Database, type SQL, type Transaction } from '@salon/db';

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
 * A read of the new booking sent in the same round trip as its writes (e.g. the response's
 * detail): inside the transaction when it is open anyway, else right after its COMMIT on the same
 * connection. `statement` may need nothing but the id; `take` gets its rows before onBooked runs.
 */
export type BookedRead = { statement: (id: string) => SQL; take: (rows: Record<string, unknown>[]) => void };

/**
 * What a new single-service booking's view needs besides its row, as createBooking read it to
 * check the slot (shop and stylist) moments before the write: a view built from it needs no read
 * after the write. Only the one-trip and transaction paths of createBooking give it (not visits).
 */
export type BookedFacts = {
  booking: Booking;
  shop: { name: string; timeZone: string; cancellationNoticeMinutes: number };
  /** The stylist's staff.display_name. */
  staffName: string;
};

/**
 * What createBooking's caller may run with the booking: `beforeBook` in its transaction beside the
 * slot check (e.g. the plan limit; its refusal wins), `onBooked` in it once the booking is written,
 * `readBooked` with the writes, or, for a single service, `describeBooked` with what the check
 * read (no statement; it runs where `take` would, before onBooked). `oneTripGuard` (read outside any transaction, beside the slot
 * check) says whether beforeBook may be skipped: undefined when it has work (e.g. a limited plan to
 * count); else statements that open the booking's one-trip transaction (BEGIN, guard, writes,
 * COMMIT and read sent together) and fail with a staleReadGuard's SR001 when what the read relied
 * on changed, e.g. the billing lock shared and the plan re-checked under it. On SR001 the booking
 * is made on the transaction path, with beforeBook. `[]`: skip beforeBook, nothing to guard.
 */
export type BookingHooks = {
  beforeBook?: (tx: Transaction) => Promise<void>;
  oneTripGuard?: (db: Database) => Promise<SQL[] | undefined>;
  onBooked?: OnBooked;
  readBooked?: BookedRead;
  describeBooked?: (facts: BookedFacts) => void;
};
