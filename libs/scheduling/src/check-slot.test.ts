import { buildInput, weekly, type Setup } from './_test/build-input';
import { checkSlot } from './check-slot';
import { listSlots } from './list-slots';
import { type OccupiedRange, type SlotCheck, type SlotRequest } from './types';

// Two staff on Monday 2026-06-01 in London, 09:00–12:00 local (08:00Z–11:00Z), 60-minute grid.
const MONDAY = { from: '2026-06-01', to: '2026-06-01' };
const TEN_LOCAL = '2026-06-01T09:00:00.000Z';
const twoStaff = (occupied: OccupiedRange[] = [], extra: Partial<Setup> = {}) =>
  buildInput({
    timeZone: 'Europe/London',
    staff: [
      { id: 'ann', rules: [weekly('MO', '09:00', '12:00')] },
      { id: 'bob', rules: [weekly('MO', '09:00', '12:00')] },
    ],
    occupied,
    ...extra,
  });
const booking = (staffId: string, bookingId: string, start: string, end: string): OccupiedRange => ({
  staffId,
  bookingId,
  start: `2026-06-01T${start}:00Z`,
  end: `2026-06-01T${end}:00Z`,
});

function check(input: ReturnType<typeof twoStaff>, request: SlotRequest): SlotCheck {
  const result = checkSlot(input, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('checkSlot: case 11 (two staff, one booked 10:00–11:00 local)', () => {
  const annBooked = [booking('ann', 'b1', '09:00', '10:00')];

  it('still lists 10:00 with only the free staff member', () => {
    const slots = listSlots(twoStaff(annBooked), MONDAY);
    expect(slots.ok && slots.value.find((slot) => slot.start === TEN_LOCAL)?.staffIds).toEqual(['bob']);
  });

  it('gives a booking without staff to the free one', () => {
    expect(check(twoStaff(annBooked), { start: TEN_LOCAL })).toMatchObject({ isBookable: true, staffId: 'bob' });
  });

  it('refuses a third booking at 10:00 (the API answers 409 slot_unavailable)', () => {
    const full = [...annBooked, booking('bob', 'b2', '09:00', '10:00')];
    expect(check(twoStaff(full), { start: TEN_LOCAL })).toMatchObject({ isBookable: false, reason: 'no_staff_free' });
    expect(listSlots(twoStaff(full), MONDAY)).toMatchObject({ ok: true });
  });
});

describe('checkSlot: case 12 (moving a booking never conflicts with itself)', () => {
  const input = twoStaff([booking('ann', 'b1', '09:00', '10:00')], { policy: { slotIntervalMinutes: 30 } });
  const moved = { start: '2026-06-01T09:30:00Z', staffId: 'ann' };

  it('moves 10:00–11:00 to 10:30–11:30 for the same staff member', () => {
    expect(check(input, { ...moved, ignoreBookingId: 'b1' })).toMatchObject({
      isBookable: true,
      staffId: 'ann',
      occupied: { start: '2026-06-01T09:30:00.000Z', end: '2026-06-01T10:30:00.000Z' },
    });
  });

  it('refuses the same move when it is another booking', () => {
    expect(check(input, moved)).toMatchObject({ isBookable: false, reason: 'staff_unavailable' });
    expect(check(input, { ...moved, ignoreBookingId: 'other' })).toMatchObject({ isBookable: false });
  });
});

describe('checkSlot: rule 5, the staff member a booking without one gets', () => {
  it('prefers the fewest bookings that day, then the smallest id', () => {
    const annBusierToday = [booking('ann', 'b1', '08:00', '09:00'), booking('ann', 'b2', '10:00', '11:00')];
    expect(check(twoStaff(annBusierToday), { start: TEN_LOCAL })).toMatchObject({ staffId: 'bob' });
    expect(check(twoStaff([]), { start: TEN_LOCAL })).toMatchObject({ staffId: 'ann' });
    const bobBookedYesterday = [{ ...booking('bob', 'b3', '09:00', '10:00'), start: '2026-05-31T09:00:00Z', end: '2026-05-31T10:00:00Z' }];
    expect(check(twoStaff(bobBookedYesterday), { start: TEN_LOCAL })).toMatchObject({ staffId: 'ann' });
  });

  it('lists staff in the same order', () => {
    const slots = listSlots(twoStaff([booking('ann', 'b1', '08:00', '09:00')]), MONDAY);
    expect(slots.ok && slots.value.map((slot) => slot.staffIds)).toEqual([['bob'], ['bob', 'ann'], ['bob', 'ann']]);
  });
});

describe('checkSlot: reasons', () => {
  type ReasonCase = { name: string; extra: Partial<Setup>; request: SlotRequest; reason: string | null };
  const timeOff = [{ staffId: 'ann', start: TEN_LOCAL, end: '2026-06-01T09:01:00Z' }];
  const cases: ReasonCase[] = [
    { name: 'a listed slot', extra: {}, request: { start: TEN_LOCAL }, reason: null },
    { name: 'a Date start', extra: {}, request: { start: new Date(TEN_LOCAL) }, reason: null },
    { name: 'an offset start', extra: {}, request: { start: '2026-06-01T10:00:00+01:00' }, reason: null },
    { name: 'off the grid', extra: {}, request: { start: '2026-06-01T09:30:00Z' }, reason: 'not_a_slot' },
    { name: 'outside hours', extra: {}, request: { start: '2026-06-01T13:00:00Z' }, reason: 'not_a_slot' },
    { name: 'past the window end', extra: {}, request: { start: '2026-06-01T11:00:00Z' }, reason: 'not_a_slot' },
    {
      name: 'before now + notice',
      extra: { now: '2026-06-01T08:30:00Z', policy: { minNoticeMinutes: 60 } },
      request: { start: TEN_LOCAL },
      reason: 'too_soon',
    },
    {
      name: 'after now + max advance',
      extra: { now: '2026-05-01T00:00:00Z', policy: { maxAdvanceDays: 30 } },
      request: { start: TEN_LOCAL },
      reason: 'too_far',
    },
    {
      name: 'a staff member not performing it',
      extra: { service: { staff: [{ staffId: 'ann' }] } },
      request: { start: TEN_LOCAL, staffId: 'bob' },
      reason: 'staff_not_eligible',
    },
    { name: 'an unknown staff id', extra: {}, request: { start: TEN_LOCAL, staffId: 'zed' }, reason: 'staff_not_eligible' },
    { name: 'a staff member on time off', extra: { timeOff }, request: { start: TEN_LOCAL, staffId: 'ann' }, reason: 'staff_unavailable' },
  ];

  it.each(cases)('$name', ({ extra, request, reason }) => {
    const result = check(twoStaff([], extra), request);
    expect(result.isBookable ? null : result.reason).toBe(reason);
  });

  it('gives the whole answer for a bookable start', () => {
    const input = twoStaff([], { service: { bufferBeforeMinutes: 10, bufferAfterMinutes: 5 } });
    expect(check(input, { start: TEN_LOCAL, staffId: 'bob' })).toEqual({
      isBookable: true,
      staffId: 'bob',
      start: TEN_LOCAL,
      end: '2026-06-01T10:00:00.000Z',
      localStart: '2026-06-01T10:00:00+01:00',
      localDate: '2026-06-01',
      occupied: { start: '2026-06-01T08:50:00.000Z', end: '2026-06-01T10:05:00.000Z' },
      // Without processing time: one hold (= occupied) and one active segment.
      holds: [{ start: '2026-06-01T08:50:00.000Z', end: '2026-06-01T10:05:00.000Z' }],
      segments: [{ kind: 'active', start: TEN_LOCAL, end: '2026-06-01T10:00:00.000Z' }],
    });
  });
});
