import { keepBookableSlots, listSlots, type ScheduleInput } from './index';

const base: Omit<ScheduleInput, 'now' | 'policy'> = {
  timeZone: 'Europe/London',
  openingHours: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '09:00', end: '17:00' }],
  staff: [{ id: 'ann', rules: [] }],
  overrides: [],
  timeOff: [],
  occupied: [{ staffId: 'ann', bookingId: 'b1', start: '2026-03-31T10:00:00Z', end: '2026-03-31T11:00:00Z' }],
  service: { durationMinutes: 45, bufferBeforeMinutes: 0, bufferAfterMinutes: 15, staff: [{ staffId: 'ann' }] },
};
const policy = { slotIntervalMinutes: 15, minNoticeMinutes: 90, maxAdvanceDays: 3 };
const range = { from: '2026-03-27', to: '2026-04-03' }; // across the spring DST change

describe('keepBookableSlots', () => {
  // Everything regardless of now: notice 0, now before the range, an advance beyond it.
  const every = listSlots({ ...base, policy: { ...policy, minNoticeMinutes: 0, maxAdvanceDays: 365 }, now: '2026-03-25T00:00:00Z' }, range);

  it.each(['2026-03-26T12:00:00Z', '2026-03-27T09:07:00Z', '2026-03-29T00:59:00Z', '2026-03-31T09:30:00Z', '2026-04-03T16:00:00Z', '2026-04-05T00:00:00Z'])(
    'turns the list for any now into listSlots at that now (now = %s)',
    (now) => {
      if (!every.ok) throw new Error(every.error.message);
      const direct = listSlots({ ...base, policy, now }, range);
      expect(keepBookableSlots(every.value, policy, now)).toEqual(direct);
    },
  );

  it('keeps the boundaries of rule 6: now + notice and now + advance are both bookable', () => {
    const slots = [{ start: '2026-03-30T10:30:00.000Z' }, { start: '2026-03-30T10:29:00.000Z' }, { start: '2026-04-02T09:00:00.000Z' }, { start: '2026-04-02T09:01:00.000Z' }];
    expect(keepBookableSlots(slots, policy, '2026-03-30T09:00:00Z')).toEqual({ ok: true, value: [slots[0], slots[2]] });
  });

  it('refuses a bad now or policy as a result, never a throw', () => {
    expect(keepBookableSlots([], policy, 'yesterday')).toMatchObject({ ok: false, error: { code: 'invalid_instant' } });
    expect(keepBookableSlots([], { ...policy, minNoticeMinutes: -1 }, '2026-03-30T09:00:00Z')).toMatchObject({ ok: false });
  });
});
