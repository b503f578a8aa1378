import { pgBouncerBinary, startPgBouncer, type RunningPgBouncer } from './pgbouncer';

const warned = new Set<string>();

/**
 * `describe` for suites that only make sense on a real server (true concurrency, several
 * connections). Without DATABASE_URL it warns once and registers, under the same name, a single
 * `test.todo` that says why: visible as "todo" in Jest's summary, and a file holding nothing
 * else still counts as having a test (Jest fails a file with none).
 */
export function describeWithPostgres(name: string, fn: () => void): void {
  if (process.env['DATABASE_URL']) {
    describe(name, fn);
    return;
  }
  const message = `SKIPPED (needs DATABASE_URL): ${name}`;
  describe(name, () => {
    test.todo(message);
  });
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(message);
  }
}

/**
 * `describe` for suites that need a real pgBouncer in front of DATABASE_URL's server (Debian:
 * `apt-get install pgbouncer`; .ci/run installs it). Without either it registers one `test.todo`
 * naming what is missing, as {@link describeWithPostgres} does.
 */
export function describeWithPgBouncer(name: string, fn: () => void): void {
  const missing = !process.env['DATABASE_URL'] ? 'DATABASE_URL' : !pgBouncerBinary() ? 'a pgbouncer binary' : undefined;
  if (!missing) {
    describe(name, fn);
    return;
  }
  const message = `SKIPPED (needs ${missing}): ${name}`;
  describe(name, () => {
    test.todo(message);
  });
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(message);
  }
}

/**
 * describeWithPgBouncer around a pgBouncer of the suite's own (transaction mode, `serverPoolSize`
 * server connections): started before `fn`'s hooks run and stopped after theirs (hooks run in
 * declaration order), so the apps and pools `fn` opens close while it still routes. `fn` gets the
 * `connectThrough` of TestDatabaseOptions.
 */
export function describeThroughPgBouncer(name: string, opts: { serverPoolSize: number }, fn: (connectThrough: (database: string) => string) => void): void {
  describeWithPgBouncer(name, () => {
    let bouncer: RunningPgBouncer | undefined;
    beforeAll(async () => {
      bouncer = await startPgBouncer({ serverUrl: process.env['DATABASE_URL']!, serverPoolSize: opts.serverPoolSize });
    });
    fn((database) => bouncer!.urlFor(database));
    afterAll(async () => {
      await bouncer?.close();
    });
  });
}
