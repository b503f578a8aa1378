import { defineConfig } from 'drizzle-kit';

/**
 * drizzle-kit reads this to generate SQL migrations from src/schema; run it from libs/db
 * (`npx nx run db:generate`). It never applies them: `nx run db:migrate` does, through
 * drizzle-orm's migrator, which also works on PGlite.
 */
export default defineConfig({
  dialect: 'postgresql',
  // drizzle-kit imports every file here: keep tests and non-schema code out of src/schema.
  schema: './src/schema/*.ts',
  out: './migrations',
  strict: true,
  verbose: true,
});
