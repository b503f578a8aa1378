export { listSlots } from './list-slots';
export { checkSlot } from './check-slot';
export { listWorkingWindows, type WorkingDay, type WorkingTimeInput } from './list-working-windows';
export { describeInstants, freeTimeWithin, type LocalInstant } from './describe-instants';
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
