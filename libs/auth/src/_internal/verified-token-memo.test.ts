import { type VerifiedSession } from '../token-verifier';
import { createVerifiedTokenMemo } from './verified-token-memo';

const session = (expiresAtMs: number): VerifiedSession =>
  ({ clerkUserId: 'user_1', sessionId: 'sess_1', expiresAt: new Date(expiresAtMs) }) as VerifiedSession;

describe('createVerifiedTokenMemo', () => {
  it('answers a remembered token until exp plus the clock skew, then forgets it', () => {
    let now = 1_000_000;
    const memo = createVerifiedTokenMemo({ clockSkewInMs: 5000, now: () => now });
    memo.remember('t', session(1_010_000));
    expect(memo.get('t')?.sessionId).toBe('sess_1');
    now = 1_014_999; // exp + skew not reached yet: Clerk still accepts it
    expect(memo.get('t')).toBeDefined();
    now = 1_015_000; // Clerk refuses from here: so does the memo, and the entry is gone
    expect(memo.get('t')).toBeUndefined();
    now = 1_000_000;
    expect(memo.get('t')).toBeUndefined();
  });

  it('never answers a token it was not given, and drops the oldest entry when full', () => {
    const memo = createVerifiedTokenMemo({ maxEntries: 2, now: () => 0 });
    memo.remember('a', session(60_000));
    memo.remember('b', session(60_000));
    memo.remember('c', session(60_000));
    expect(memo.get('a')).toBeUndefined();
    expect(memo.get('b')).toBeDefined();
    expect(memo.get('c')).toBeDefined();
    expect(memo.get('a.b.c')).toBeUndefined();
  });
});
