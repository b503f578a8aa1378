import {
  type BookingPolicy,
  type DateOverride,
  type OccupiedRange,
  type ScheduleInput,
  type Service,
  type StaffMember,
  type TimeOff,
  type WeeklyRule,
} from '../types';

export const EVERY_DAY = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU';
export const ALL_DAY: WeeklyRule = { rrule: EVERY_DAY, start: '00:00', end: '24:00' };

export type Setup = {
  timeZone: string;
  staff?: StaffMember[];
  openingHours?: WeeklyRule[];
  overrides?: DateOverride[];
  timeOff?: TimeOff[];
  occupied?: OccupiedRange[];
  service?: Partial<Service>;
  policy?: Partial<BookingPolicy>;
  now?: string;
};

/**
 * A complete input with quiet defaults: the shop open all day every day, one staff member "ann"
 * working all day, a 60-minute service every 60 minutes, no notice, a two-year booking window.
 */
export function buildInput(setup: Setup): ScheduleInput {
  const staff = setup.staff ?? [{ id: 'ann', rules: [ALL_DAY] }];
  return {
    timeZone: setup.timeZone,
    openingHours: setup.openingHours ?? [ALL_DAY],
    staff,
    overrides: setup.overrides ?? [],
    timeOff: setup.timeOff ?? [],
    occupied: setup.occupied ?? [],
    service: {
      durationMinutes: 60,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      staff: staff.map((member) => ({ staffId: member.id })),
      ...setup.service,
    },
    policy: { slotIntervalMinutes: 60, minNoticeMinutes: 0, maxAdvanceDays: 730, ...setup.policy },
    now: setup.now ?? '2025-12-01T00:00:00Z',
  };
}

/** Same wall-clock window every week on the given BYDAY list. */
export const weekly = (byDay: string, start: string, end: string): WeeklyRule => ({
  rrule: `FREQ=WEEKLY;BYDAY=${byDay}`,
  start,
  end,
});
