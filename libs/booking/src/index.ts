export { createBooking, type CreateBookingInput } from './create-booking';
export { rescheduleBooking } from './reschedule-booking';
export { cancelBooking } from './cancel-booking';
export { changeBookingStatus, type StatusChange } from './change-booking-status';
export { updateBookingNotes } from './update-booking-notes';
export { BOOKING_TRANSITIONS, ACTIVE_STATUSES, canTransition } from './transitions';
export { orderStatusHistory } from './order-status-history';
export { type BookingContext, type BookingActor } from './context';
export { loadStatusHistory, bookedServiceOf } from './read-booking';
