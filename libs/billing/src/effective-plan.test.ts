import { type Subscription } from '@salon/db';
import { monthAround } from './enforce-plan-limits';
import { planChangesAt, planIdAt } from './effective-plan';

const DAY_MS = 86_400_000;
const row = (over: Partial<Subscription>): Subscription => ({
  id: 'a', userId: 'u', audience: 'owner', planId: 'owner_premium', status: 'active', stripeCustomerId: 'cus', stripeSubscriptionId: 'sub',
  currentPeriodStart: new Date('2026-11-01T00:00:00Z'), currentPeriodEnd: new Date('2026-12-01T00:00:00Z'), cancelAtPeriodEnd: false,
  pendingPlanId: null, pastDueSince: null, createdAt: new Date('2026-11-01T00:00:00Z'), updatedAt: new Date('2026-11-01T00:00:00Z'), ...over,
});
const at = (iso: string) => new Date(iso);

describe('planIdAt: the plan a subscription grants, from its own dates', () => {
  it.each([
    ['no subscription', null, '2026-11-15T00:00:00Z', 'owner_free'],
    ['active within its period', row({}), '2026-11-15T00:00:00Z', 'owner_premium'],
    ['cancelling, before the end', row({ cancelAtPeriodEnd: true }), '2026-11-30T23:59:59Z', 'owner_premium'],
    ['cancelling, at the end', row({ cancelAtPeriodEnd: true }), '2026-12-01T00:00:00Z', 'owner_free'],
    ['not renewed, within the grace days', row({}), '2026-12-07T23:00:00Z', 'owner_premium'],
    ['not renewed, past the grace days', row({}), '2026-12-08T00:00:00Z', 'owner_free'],
    ['a downgrade, before the period end', row({ pendingPlanId: 'owner_basic' }), '2026-11-20T00:00:00Z', 'owner_premium'],
    ['a downgrade, after the period end', row({ pendingPlanId: 'owner_basic' }), '2026-12-02T00:00:00Z', 'owner_basic'],
    ['past due, within grace', row({ status: 'past_due', pastDueSince: at('2026-12-01T00:00:00Z') }), '2026-12-07T23:59:59Z', 'owner_premium'],
    ['past due, grace over', row({ status: 'past_due', pastDueSince: at('2026-12-01T00:00:00Z') }), '2026-12-08T00:00:00Z', 'owner_free'],
    ['expired', row({ status: 'expired' }), '2026-11-15T00:00:00Z', 'owner_free'],
    ['cancelled', row({ status: 'cancelled' }), '2026-11-15T00:00:00Z', 'owner_free'],
    ['a Free row with no end', row({ planId: 'owner_free', currentPeriodEnd: null, stripeSubscriptionId: null }), '2030-01-01T00:00:00Z', 'owner_free'],
  ])('%s', (_name, subscription, now, expected) => {
    expect(planIdAt(subscription, 'owner', at(now), 7)).toBe(expected);
  });

  it('uses the grace days it is given', () => {
    expect(planIdAt(row({}), 'owner', new Date(Date.UTC(2026, 11, 1) + 2 * DAY_MS), 1)).toBe('owner_free');
  });
});

// The instant a guard of an unlimited booking must stop trusting a read of the row by (no row changes then).
describe('planChangesAt: the next instant planIdAt may answer otherwise', () => {
  it.each([
    ['no subscription', null, '2026-11-15T00:00:00Z', null],
    ['active within its period: the period end', row({}), '2026-11-15T00:00:00Z', '2026-12-01T00:00:00.000Z'],
    ['not renewed, within the grace days: the grace end', row({}), '2026-12-03T00:00:00Z', '2026-12-08T00:00:00.000Z'],
    ['past the grace days: nothing more', row({}), '2026-12-09T00:00:00Z', null],
    ['past due: its grace end', row({ status: 'past_due', pastDueSince: at('2026-12-01T00:00:00Z') }), '2026-12-02T00:00:00Z', '2026-12-08T00:00:00.000Z'],
    ['a Free row with no end', row({ planId: 'owner_free', currentPeriodEnd: null }), '2030-01-01T00:00:00Z', null],
    ['expired', row({ status: 'expired' }), '2026-11-15T00:00:00Z', null],
  ])('%s', (_name, subscription, now, expected) => {
    expect(planChangesAt(subscription, at(now), 7)?.toISOString() ?? null).toBe(expected);
  });
});

describe('monthAround: the local calendar month as UTC instants', () => {
  it.each([
    ['UTC', '2026-12-01T03:00:00Z', '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['America/New_York', '2026-12-01T03:00:00Z', '2026-11-01T04:00:00.000Z', '2026-12-01T05:00:00.000Z'],
    ['America/New_York', '2026-12-01T05:00:00Z', '2026-12-01T05:00:00.000Z', '2027-01-01T05:00:00.000Z'],
    ['Pacific/Auckland', '2026-11-30T11:30:00Z', '2026-11-30T11:00:00.000Z', '2026-12-31T11:00:00.000Z'],
    ['Europe/London', '2026-03-15T12:00:00Z', '2026-03-01T00:00:00.000Z', '2026-03-31T23:00:00.000Z'],
  ])('%s at %s', (zone, now, start, end) => {
    const month = monthAround(new Date(now), zone);
    expect([month.start.toISOString(), month.end.toISOString()]).toEqual([start, end]);
  });
});
