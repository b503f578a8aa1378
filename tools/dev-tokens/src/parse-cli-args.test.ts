import { parseCliArgs } from './parse-cli-args';

describe('parseCliArgs', () => {
  it.each([
    [['--user', 'olivia'], { user: 'olivia', expiresIn: '1h' }],
    [['--user', 'Olivia', '--role', 'owner'], { user: 'olivia', role: 'owner', expiresIn: '1h' }],
    [['--user=max_2', '--role=customer', '--expires=15m'], { user: 'max_2', role: 'customer', expiresIn: '15m' }],
    [['--expires', '7d', '--user', 'a-b'], { user: 'a-b', expiresIn: '7d' }],
    [['--user', 'x'.repeat(40), '--expires', '30s'], { user: 'x'.repeat(40), expiresIn: '30s' }],
  ])('parses %p', (argv, request) => {
    expect(parseCliArgs(argv)).toEqual({ ok: true, value: { kind: 'sign', request } });
  });

  it.each([['--help'], ['-h'], ['--user', 'olivia', '--help']])('recognises help in %p', (...argv) => {
    expect(parseCliArgs(argv)).toEqual({ ok: true, value: { kind: 'help' } });
  });

  it.each([
    [[], /--user is required/],
    [['--user'], /argument missing/i],
    [['--user', ''], /--user must be/],
    [['--user', 'olivia smith'], /--user must be/],
    [['--user', 'olivia@example'], /--user must be/],
    [['--user', 'x'.repeat(41)], /--user must be/],
    [['--user', 'olivia', '--role', 'admin'], /--role must be owner or customer/],
    [['--user', 'olivia', '--role', 'Owner'], /--role must be/],
    [['--user', 'olivia', '--expires', '1 hour'], /--expires must/],
    [['--user', 'olivia', '--expires=-1h'], /--expires must/],
    [['--user', 'olivia', '--expires', '-1h'], /ambiguous/],
    [['--user', 'olivia', '--expires', '0h'], /--expires must/],
    [['--user', 'olivia', '--expires', '60'], /--expires must/],
    [['--user', 'olivia', '--admin'], /unknown option/i],
    [['olivia'], /positional/i],
  ])('rejects %p', (argv, message) => {
    const result = parseCliArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
