import { ConfigError, StartupRefusedError } from '@salon/config';
import { pgErrorCode } from '../errors';

const MAX_CAUSE_DEPTH = 8;

/** Node's network error codes, as an operator would say them. */
const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  CONNECT_TIMEOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
};

/**
 * One line naming the cause of a failure the operator has to fix: a bad variable, a data directory
 * in use, a server that cannot be reached or refuses the login or database. undefined for anything
 * else (a bug: print its stack).
 *
 * @example
 * describeDatabaseFailure(err) // 'cannot reach PostgreSQL at 127.0.0.1:1: connection refused (ECONNREFUSED)'
 */
export function describeDatabaseFailure(error: unknown): string | undefined {
  if (error instanceof ConfigError) return error.problems.join('; ');
  if (error instanceof StartupRefusedError) return error.message;
  for (const link of causes(error)) {
    const code = typeof link['code'] === 'string' ? link['code'] : undefined;
    if (code && NETWORK[code]) {
      const where = typeof link['address'] === 'string' ? ` at ${link['address']}${link['port'] ? `:${String(link['port'])}` : ''}` : '';
      const host = typeof link['hostname'] === 'string' && !where ? ` (${link['hostname']})` : '';
      return `cannot reach PostgreSQL${where}${host}: ${NETWORK[code]} (${code})`;
    }
  }
  const sqlstate = pgErrorCode(error);
  // Class 08 (connection), 28 (authorization: no such role, wrong password), 3D000 (no such database).
  if (sqlstate && (sqlstate.startsWith('08') || sqlstate.startsWith('28') || sqlstate === '3D000')) {
    return `PostgreSQL refused the connection: ${serverMessage(error) ?? 'no message'} (SQLSTATE ${sqlstate})`;
  }
  return undefined;
}

function* causes(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && typeof current === 'object' && current !== null; depth++) {
    yield current as Record<string, unknown>;
    current = (current as Record<string, unknown>)['cause'];
  }
}

function serverMessage(error: unknown): string | undefined {
  for (const link of causes(error)) {
    if (typeof link['severity'] === 'string' && typeof link['message'] === 'string') return link['message'];
  }
  return undefined;
}
