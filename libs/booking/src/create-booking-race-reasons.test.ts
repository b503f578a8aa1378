import { isAppError } from '@salon/errors';
import { useTestDatabase } from '@salon/db/testing';
import { createBooking } from './index';
import { makeBookableShop } from './testing';

const database = useTestDatabase();
const WED_10 = new Date('2026-12-02T10:00:00Z'); // Wednesday 10:00 London, inside 09:00–17:00

// The losers of a race for "anyone" are told the time was just taken (or nobody is free), never
// that nobody works then: a fresh-user review saw `not_a_slot` once every performer had lost.
describe('createBooking: what the losers of an "anyone" race are told', () => {
  it('20 at once at a 1-stylist shop: one booking, and every refusal is just_taken or no_staff_free', async () => {
    // One stylist: a loser at the constraint retries with nobody left, the case that said not_a_slot.
    const { ctx, bookingInput } = await makeBookableShop(database().db, { staffCount: 1 });
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => createBooking({ ctx, input: bookingInput(WED_10) })));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const reasons = outcomes.flatMap((outcome) => {
      if (outcome.status === 'fulfilled') return [];
      const error: unknown = outcome.reason;
      return [isAppError(error) && error.code === 'slot_unavailable' ? error.details?.[0]?.message : String(error)];
    });
    expect(new Set(reasons)).toEqual(new Set(reasons.filter((reason) => reason === 'just_taken' || reason === 'no_staff_free')));
  });
});
