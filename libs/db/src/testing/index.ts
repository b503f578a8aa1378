// @salon/db/testing: per-file test databases and row factories. For *.test.ts files and tools only.

export { createTestDatabase, createTestDatabaseUrl, type TestDatabaseOptions } from './create-test-database';
export { useTestDatabase } from './use-test-database';
export { describeWithPostgres, describeWithPgBouncer, describeThroughPgBouncer } from './describe-with-postgres';
export { makeUser, makeOwner, makeCustomer } from './factories/people';
export { makeShop, makeService, makeStaff, makeWeeklyHours, type MakeStaffInput } from './factories/catalogue';
export { makeBooking, type MakeBookingInput } from './factories/booking';
export { spawnTool, type ToolRun } from './spawn-tool';
export { startPgBouncer, pgBouncerBinary, type RunningPgBouncer } from './pgbouncer';
