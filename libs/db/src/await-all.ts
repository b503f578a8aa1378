/**
 * `Promise.all` for statements sharing one connection or transaction: it waits for every one to
 * settle before rejecting, with the first failure in argument order. `Promise.all` rejects at the
 * first failure while the others may still be using the connection (a statement in flight, or a
 * function about to send its next one), and the caller would then roll back or hand the connection
 * back to the pool under them.
 */
export async function awaitAll<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> | T[K] }): Promise<T> {
  const settled = await Promise.allSettled(promises as readonly unknown[]);
  const failure = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
