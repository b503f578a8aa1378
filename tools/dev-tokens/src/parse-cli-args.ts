import { parseArgs } from 'node:util';
import { err, ok, type Result } from '@salon/errors';
import { DEV_DURATION, DEV_ROLES, normalizeDevUserName, type DevRole, type DevTokenRequest } from './index';

/** Shown on stderr with every usage error, and on stdout for --help. */
export const USAGE = `Usage: npm run -s token -- --user NAME [--role owner|customer] [--expires 1h]

Prints a dev session token signed with tools/dev-tokens/dev-keys (local development only).
  --user NAME      1-40 of a-z 0-9 _ - (lower-cased); sub becomes user_NAME
  --role ROLE      owner or customer, carried as metadata.role
  --expires DUR    lifetime such as 30s, 15m, 1h, 7d, 2w (default 1h)
  -h, --help       show this help

Example: TOKEN=$(npm run -s token -- --user olivia --role owner)`;

/** What the command line asks for: a token, or the help text. */
export type CliCommand = { kind: 'sign'; request: DevTokenRequest } | { kind: 'help' };

const isDevRole = (value: string): value is DevRole => (DEV_ROLES as readonly string[]).includes(value);

/**
 * Parses the CLI arguments (without node and script path). Unknown options, positionals and
 * repeated options are errors, so a typo never silently yields a token for the wrong user.
 */
export function parseCliArgs(argv: string[]): Result<CliCommand, string> {
  let values: { user?: string; role?: string; expires?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        user: { type: 'string' },
        role: { type: 'string' },
        expires: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // node:util throws TypeErrors with readable messages; duck-typed because under Jest they come
    // from another realm and fail `instanceof Error`.
    const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
    return err(typeof message === 'string' ? message : String(error));
  }
  if (values.help === true) return ok({ kind: 'help' });
  if (values.user === undefined) return err('--user is required');
  const user = normalizeDevUserName(values.user);
  if (user === undefined) return err('--user must be 1-40 characters of a-z, 0-9, _ or -');
  if (values.role !== undefined && !isDevRole(values.role)) return err('--role must be owner or customer');
  const expiresIn = values.expires ?? '1h';
  if (!DEV_DURATION.test(expiresIn)) return err('--expires must look like 30s, 15m, 1h, 7d or 2w');
  const request: DevTokenRequest = { user, expiresIn };
  if (values.role !== undefined) request.role = values.role;
  return ok({ kind: 'sign', request });
}
