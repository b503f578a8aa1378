/**
 * How every logger prints an error. pino's standard serializer copies every enumerable field and
 * appends the causes' messages, which for a failed query means the values the user sent:
 * Drizzle's `DrizzleQueryError` carries `params` and says them in its message, postgres.js's
 * error carries `parameters`, PGlite's `where` and both drivers' `detail` quote the row.
 * This one keeps a short list of fields (SQLSTATE, constraint, table, column…), never a value.
 */

type Serialized = {
  type: string;
  message: string;
  stack?: string;
  cause?: Serialized | string;
  [key: string]: unknown;
};

// Fields that describe where an error came from, never what the user sent.
const KEPT_FIELDS = [
  'code', 'severity', 'constraint', 'constraint_name', 'table', 'table_name', 'column', 'column_name',
  'schema', 'schema_name', 'dataType', 'routine', 'reason', 'retryable', 'status', 'statusCode', 'details',
] as const;
const MAX_DEPTH = 5;
const SQLSTATE = /^[0-9A-Z]{5}$/;

/** A log-safe copy of `err`: no query parameter values, row contents or driver context. */
export function serializeError(err: unknown): unknown {
  return serializeAt(err, 0);
}

function serializeAt(err: unknown, depth: number): Serialized | string {
  if (typeof err !== 'object' || err === null) return String(err);
  const record = err as Record<string, unknown>;
  const original = typeof record['message'] === 'string' ? record['message'] : '';
  const message = safeMessage(record, original);
  const out: Serialized = { type: typeName(err), message };
  if (typeof record['stack'] === 'string') out.stack = safeStack(record['stack'], original, message);
  for (const key of KEPT_FIELDS) {
    const value = record[key];
    if (value !== undefined && value !== null && typeof value !== 'function') out[key] = value;
  }
  // The SQL text is parameterised ($1, $2…): it shows which query failed, not with what.
  if (typeof record['query'] === 'string') out['query'] = record['query'];
  if (record['cause'] !== undefined && depth < MAX_DEPTH) out.cause = serializeAt(record['cause'], depth + 1);
  return out;
}

function typeName(err: object): string {
  const ctor = (err as { constructor?: { name?: unknown } }).constructor;
  if (typeof ctor?.name === 'string' && ctor.name !== 'Object') return ctor.name;
  const name = (err as { name?: unknown }).name;
  return typeof name === 'string' ? name : 'Error';
}

function safeMessage(record: Record<string, unknown>, message: string): string {
  // DrizzleQueryError: "Failed query: <sql>\nparams: <values>" (PGlite's error has `params` too).
  let safe = message.replace(/\nparams:[\s\S]*$/, '');
  // Data exceptions (class 22) quote the offending input: `invalid input syntax for type uuid: "…"`.
  const code = record['code'];
  if (typeof code === 'string' && SQLSTATE.test(code) && code.startsWith('22')) safe = safe.replace(/"[^"]*"/g, '"[redacted]"');
  return safe;
}

function safeStack(stack: string, original: string, message: string): string {
  if (original === message) return stack;
  if (original !== '' && stack.includes(original)) return stack.replace(original, message);
  const frames = stack.indexOf('\n    at ');
  return frames === -1 ? message : `${message}${stack.slice(frames)}`;
}
