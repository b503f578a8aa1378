export { listSlots } from './list-slots';
export { checkSlot } from './check-slot';
export { keepBookableSlots } from './keep-bookable-slots';
export { listWorkingWindows, type WorkingDay, type WorkingTimeInput } from './list-working-windows';
export type {
  BookingPolicy,
  DateOverride,
  DateRange,
  InstantInput,
  LocalDate,
  LocalTime,
  LocalWindow,
  OccupiedRange,
  ScheduleError,
  ScheduleErrorCode,
  ScheduleInput,
  Service,
  ServicePerformer,
  Slot,
  SlotCheck,
  SlotRequest,
  SlotStaff,
  StaffMember,
  TimeOff,
  UnavailableReason,
  WeeklyRule,
} from './types';
export { validateWeeklyRule, type DayOfWeek, type ValidWeeklyRule, type WeeklyRuleFields } from './validate-weekly-rule';
export { validateLocalWindows } from './validate-local-windows';
export { describeInstant, describeInstants, freeTimeWithin, type InstantInZone } from './describe-instants';
