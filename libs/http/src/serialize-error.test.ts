import { serializeError } from './serialize-error';

// Shaped like the real ones: Drizzle's wrapper over a postgres.js / PGlite error.
function failedQuery(cause: object) {
  const error = Object.assign(new Error('Failed query: insert into "users" ("email") values ($1)\nparams: secret@example.test'), {
    query: 'insert into "users" ("email") values ($1)',
    params: ['secret@example.test'],
    cause,
  });
  error.name = 'DrizzleQueryError';
  return error;
}

describe('serializeError', () => {
  it('keeps the query text, SQLSTATE and constraint of a failed query, and drops every value', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
      code: '23505',
      severity: 'ERROR',
      constraint_name: 'users_email_unique',
      detail: 'Key (email)=(secret@example.test) already exists.',
      parameters: ['secret@example.test'],
      args: ['secret@example.test'],
      where: "unnamed portal parameter $1 = 'secret@example.test'",
    });
    const out = serializeError(failedQuery(cause)) as Record<string, unknown>;
    const text = JSON.stringify(out);
    expect(text).not.toContain('secret');
    expect(out).toMatchObject({ message: 'Failed query: insert into "users" ("email") values ($1)', query: expect.stringContaining('$1') });
    expect(out['cause']).toMatchObject({ code: '23505', constraint_name: 'users_email_unique' });
  });

  it('redacts the quoted input of a data exception (class 22), and leaves other messages alone', () => {
    const bad = Object.assign(new Error('invalid input syntax for type uuid: "secret"'), { code: '22P02', severity: 'ERROR' });
    expect(JSON.stringify(serializeError(bad))).not.toContain('secret');
    expect(serializeError(new Error('plain'))).toMatchObject({ type: 'Error', message: 'plain' });
    expect(serializeError('a string')).toBe('a string');
  });
});
