// @salon/booking/testing: a ready-to-book shop for the booking tests of this lib and both APIs.
export { makeBookableShop, BOOKING_NOW } from './booking-shop';
