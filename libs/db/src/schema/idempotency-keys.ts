import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

/** `in_progress` while the first request runs (duplicates get 409), `completed` once its response is stored. */
export type IdempotencyStatus = 'in_progress' | 'completed';

/**
 * Stored responses for `Idempotency-Key` (conventions.md): the same key and body within 24 hours
 * replays the first response. `scope` keeps keys of different callers and endpoints apart
 * (e.g. `customer:<userId>:POST /bookings`); the composite key makes the claim an atomic insert.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** Hash of the request body: the same key with a different body is 422. */
    requestHash: text('request_hash').notNull(),
    status: text('status').$type<IdempotencyStatus>().notNull().default('in_progress'),
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'idempotency_keys_pkey', columns: [t.scope, t.key] }),
    // For the sweep that deletes expired keys.
    index('idempotency_keys_expires_at_idx').on(t.expiresAt),
    check('idempotency_keys_status_known', sql`${t.status} in ('in_progress', 'completed')`),
  ],
);
