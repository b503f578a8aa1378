// `npm run test:drop-databases [-- --dry-run]`: drops what test runs on PostgreSQL leave on the
// server DATABASE_URL names: the migrated templates `salon_tpl_<fingerprint>` (one per set of
// migrations; `dropdb` refuses them because they are marked is_template), half-built ones
// (`…_build_<pid>`) and per-file scratch databases `t_<hex>` left by a crashed run. Nothing else is
// touched. Run it while no test run is using the server: a database in use is kept and reported.
import postgres from 'postgres';

const TEST_DATABASE = '^(salon_tpl_[0-9a-f]{12}(_build_[0-9]+)?|t_[0-9a-f]{12})$';

try {
  process.loadEnvFile('.env');
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('test:drop-databases: set DATABASE_URL to the server the tests ran on, e.g. postgres://postgres@127.0.0.1:5432/postgres\n');
  process.exit(2);
}
const dryRun = process.argv.includes('--dry-run');
const sql = postgres(url, { max: 1, onnotice: () => undefined });
let kept = 0;
try {
  const found = await sql`select datname, datistemplate from pg_database where datname ~ ${TEST_DATABASE} order by datname`;
  for (const { datname, datistemplate } of found) {
    if (dryRun) {
      process.stdout.write(`would drop ${datname}${datistemplate ? ' (template)' : ''}\n`);
      continue;
    }
    try {
      if (datistemplate) await sql`alter database ${sql(datname)} with is_template false`;
      await sql`drop database ${sql(datname)}`;
      process.stdout.write(`dropped ${datname}\n`);
    } catch (error) {
      if (datistemplate) await sql`alter database ${sql(datname)} with is_template true`.catch(() => undefined);
      process.stdout.write(`kept ${datname}: ${error.message}\n`);
      kept += 1;
    }
  }
  process.stdout.write(`test:drop-databases: ${found.length} test database(s) found${dryRun ? ' (dry run: nothing dropped)' : `, ${found.length - kept} dropped`}\n`);
} catch (error) {
  process.stderr.write(`test:drop-databases: ${error.message}${error.code ? ` (${error.code})` : ''}\n`);
  process.exitCode = 1;
} finally {
  await sql.end({ timeout: 5 });
}
process.exitCode ||= kept ? 1 : 0;
