import { type ExtractTablesWithRelations, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import { type PgDatabase, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { type Schema } from './full-schema';
import { type bookingHolds } from './schema/booking-holds';
import { type bookingStatusHistory } from './schema/booking-status-history';
import { type bookings } from './schema/bookings';
import { type customers } from './schema/customers';
import { type dateOverrides } from './schema/date-overrides';
import { type favorites } from './schema/favorites';
import { type idempotencyKeys } from './schema/idempotency-keys';
import { type owners } from './schema/owners';
import { type payments } from './schema/payments';
import { type plans } from './schema/plans';
import { type processedWebhookEvents } from './schema/processed-webhook-events';
import { type revokedSessions } from './schema/revoked-sessions';
import { type sentMessages } from './schema/sent-messages';
import { type services } from './schema/services';
import { type shops } from './schema/shops';
import { type staff } from './schema/staff';
import { type staffServices } from './schema/staff-services';
import { type subscriptions } from './schema/subscriptions';
import { type timeOff } from './schema/time-off';
import { type users } from './schema/users';
import { type weeklyHours } from './schema/weekly-hours';

/**
 * A database or transaction on either driver (PGlite or postgres.js): the common supertype both
 * Drizzle databases satisfy, so use cases never know which one they run on.
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** An open transaction; also a {@link Database}, so it can be passed wherever one is expected. */
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** What `createDatabase` returns: the Drizzle database plus the lifecycle of its driver. */
export type DatabaseHandle = {
  db: Database;
  /** `pglite` is the embedded default (no DATABASE_URL); `postgres` is a real server. */
  kind: 'postgres' | 'pglite';
  /** Ends the pool or shuts PGlite down; the handle is unusable afterwards. */
  close(): Promise<void>;
  /** Resolves when the database answers `select 1`; rejects otherwise (for /readyz). */
  ping(): Promise<void>;
  /** The server URL (postgres only): for a library that opens its own pool, such as the job engine's. */
  url?: string;
  /** The embedded PGlite itself (pglite only): its one connection must be shared, never opened twice. */
  pglite?: PgliteClient;
};

/** What of PGlite a library may use beside Drizzle: parameterised single statements and multi-statement text. */
export type PgliteClient = {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  exec(text: string): Promise<Array<{ rows: unknown[] }>>;
};

export type User = InferSelectModel<typeof users>;
export type NewUser = InferInsertModel<typeof users>;
export type Owner = InferSelectModel<typeof owners>;
export type NewOwner = InferInsertModel<typeof owners>;
export type Customer = InferSelectModel<typeof customers>;
export type NewCustomer = InferInsertModel<typeof customers>;
export type Shop = InferSelectModel<typeof shops>;
export type NewShop = InferInsertModel<typeof shops>;
export type Service = InferSelectModel<typeof services>;
export type NewService = InferInsertModel<typeof services>;
export type Staff = InferSelectModel<typeof staff>;
export type NewStaff = InferInsertModel<typeof staff>;
export type StaffService = InferSelectModel<typeof staffServices>;
export type NewStaffService = InferInsertModel<typeof staffServices>;
export type WeeklyHours = InferSelectModel<typeof weeklyHours>;
export type NewWeeklyHours = InferInsertModel<typeof weeklyHours>;
export type DateOverride = InferSelectModel<typeof dateOverrides>;
export type NewDateOverride = InferInsertModel<typeof dateOverrides>;
export type TimeOff = InferSelectModel<typeof timeOff>;
export type NewTimeOff = InferInsertModel<typeof timeOff>;
export type Booking = InferSelectModel<typeof bookings>;
export type NewBooking = InferInsertModel<typeof bookings>;
export type BookingHold = InferSelectModel<typeof bookingHolds>;
export type NewBookingHold = InferInsertModel<typeof bookingHolds>;
export type BookingStatusChange = InferSelectModel<typeof bookingStatusHistory>;
export type NewBookingStatusChange = InferInsertModel<typeof bookingStatusHistory>;
export type Favorite = InferSelectModel<typeof favorites>;
export type NewFavorite = InferInsertModel<typeof favorites>;
export type Plan = InferSelectModel<typeof plans>;
export type NewPlan = InferInsertModel<typeof plans>;
export type Subscription = InferSelectModel<typeof subscriptions>;
export type NewSubscription = InferInsertModel<typeof subscriptions>;
export type Payment = InferSelectModel<typeof payments>;
export type NewPayment = InferInsertModel<typeof payments>;
export type IdempotencyKey = InferSelectModel<typeof idempotencyKeys>;
export type NewIdempotencyKey = InferInsertModel<typeof idempotencyKeys>;
export type ProcessedWebhookEvent = InferSelectModel<typeof processedWebhookEvents>;
export type NewProcessedWebhookEvent = InferInsertModel<typeof processedWebhookEvents>;
export type SentMessage = InferSelectModel<typeof sentMessages>;
export type NewSentMessage = InferInsertModel<typeof sentMessages>;
export type RevokedSession = InferSelectModel<typeof revokedSessions>;
export type NewRevokedSession = InferInsertModel<typeof revokedSessions>;
