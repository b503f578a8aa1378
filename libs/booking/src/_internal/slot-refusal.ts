import { AppError, ValidationError } from '@salon/errors';
import { type SlotCheck } from '@salon/scheduling';

type Refusal = Extract<SlotCheck, { isBookable: false }>;

/**
 * The engine's refusal as the API's: a stylist who does not perform the service is the caller's
 * input error (400 on body.staffId); every other reason is 409 `slot_unavailable` with the engine's
 * reason code in `details`, so an app can tell "too soon" from "just taken".
 */
export function slotRefusal(refusal: Refusal): AppError {
  if (refusal.reason === 'staff_not_eligible') {
    return new ValidationError(refusal.message, [{ path: 'body.staffId', message: refusal.message }]);
  }
  return new AppError('slot_unavailable', refusal.message, { details: [{ path: 'body.start', message: refusal.reason }] });
}

/** Lost the race at the exclusion constraint (23P01): someone booked that time a moment ago. */
export const slotJustTaken = () =>
  new AppError('slot_unavailable', 'That time was just taken. Pick another slot.', {
    details: [{ path: 'body.start', message: 'just_taken' }],
  });
