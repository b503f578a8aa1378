export { listSlots } from './list-slots';
export { checkSlot } from './check-slot';
export { listVisitSlots } from './list-visit-slots';
export { checkVisit } from './check-visit';
export { keepBookableSlots } from './keep-bookable-slots';
export { listWorkingWindows, type WorkingDay, type WorkingTimeInput } from './list-working-windows';
export type {
  BookingPolicy,
  BookingStatus,
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
  ServiceSegment,
  Slot,
  SlotCheck,
  SlotRequest,
  SlotStaff,
  StartAlignment,
  StaffMember,
  TimedSegment,
  TimeOff,
  UnavailableReason,
  VisitCheck,
  VisitInput,
  VisitLine,
  VisitLineTimes,
  VisitSlot,
  WeeklyRule,
} from './types';
export { validateWeeklyRule, type DayOfWeek, type ValidWeeklyRule, type WeeklyRuleFields } from './validate-weekly-rule';
export { validateLocalWindows } from './validate-local-windows';
export { describeInstant, describeInstants, freeTimeWithin, type InstantInZone } from './describe-instants';
export { localDaySpan } from './local-day-span';
export { checkSlotReach } from './check-slot-reach';
