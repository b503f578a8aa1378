/**
 * SQLSTATE helpers. Drizzle wraps driver errors in `DrizzleQueryError`, with the driver's error
 * (PGlite's `DatabaseError` or postgres.js's `PostgresError`) on `.cause`; callers may wrap again
 * (AppError's `cause`), so every helper walks the `cause` chain.
 */

const MAX_CAUSE_DEPTH = 8;
const SQLSTATE = /^[0-9A-Z]{5}$/;

/** SQLSTATE `23P01`: an exclusion constraint refused the row (a booking hold overlapped). */
export const EXCLUSION_VIOLATION = '23P01';
/** SQLSTATE `23505`. */
export const UNIQUE_VIOLATION = '23505';
/** SQLSTATE `23503`. */
export const FOREIGN_KEY_VIOLATION = '23503';

function* causeChain(err: unknown): Generator<Record<string, unknown>> {
  let current: unknown = err;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && typeof current === 'object' && current !== null; depth++) {
    const record = current as Record<string, unknown>;
    yield record;
    current = record['cause'];
  }
}

/**
 * The PostgreSQL SQLSTATE of a failed query (`'23505'`), from either driver, or undefined when
 * the error did not come from the database.
 */
export function pgErrorCode(err: unknown): string | undefined {
  for (const link of causeChain(err)) {
    const code = link['code'];
    // `severity` tells a server error from a Node one with a five-letter code (EPIPE, EBUSY).
    if (typeof code === 'string' && SQLSTATE.test(code) && typeof link['severity'] === 'string') return code;
  }
  return undefined;
}

/** Name of the violated constraint: PGlite calls it `constraint`, postgres.js `constraint_name`. */
export function constraintName(err: unknown): string | undefined {
  for (const link of causeChain(err)) {
    const name = link['constraint'] ?? link['constraint_name'];
    if (typeof name === 'string' && name.length > 0) return name;
  }
  return undefined;
}

/** True when an exclusion constraint refused the row (23P01): for bookings, the slot was taken. */
export function isExclusionViolation(err: unknown): boolean {
  return pgErrorCode(err) === EXCLUSION_VIOLATION;
}

/** True on a unique violation (23505), e.g. a second profile for one user. */
export function isUniqueViolation(err: unknown): boolean {
  return pgErrorCode(err) === UNIQUE_VIOLATION;
}

/** True on a foreign key violation (23503): a referenced row is missing, or a restricted delete. */
export function isForeignKeyViolation(err: unknown): boolean {
  return pgErrorCode(err) === FOREIGN_KEY_VIOLATION;
}

// Connection exceptions (class 08), shutdown and crash (57P01–57P03), too many connections (53300),
// and a schema that is not migrated yet (undefined_table / invalid_schema_name).
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '42P01', '3F000']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);

/**
 * True when the database is unreachable, shutting down, out of connections or not migrated yet:
 * a condition to retry later (503), not a bug in the request (500).
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = pgErrorCode(err);
  if (code) return code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code);
  for (const link of causeChain(err)) {
    if (typeof link['code'] === 'string' && UNAVAILABLE_NODE_CODES.has(link['code'])) return true;
  }
  return false;
}

// What postgres.js answers for a query whose connection closed under it, and the socket's own errors.
const LOST_CONNECTION_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'ECONNRESET', 'EPIPE']);

/**
 * True when the connection that ran the query is gone: postgres.js's CONNECTION_* errors or a
 * socket reset (what a query in flight gets when its backend is terminated). Not a FATAL such as
 * 57P01 itself: postgres.js never settles a query with the FATAL that closes its connection, but it
 * may hand a dead connection's FATAL to the first query of its reconnected successor, a live one.
 * Narrower than isDatabaseUnavailable: a live connection answering 42P01 or 53300 is not lost.
 */
export function isConnectionLost(err: unknown): boolean {
  for (const link of causeChain(err)) {
    if (typeof link['code'] === 'string' && LOST_CONNECTION_CODES.has(link['code'])) return true;
  }
  return false;
}
