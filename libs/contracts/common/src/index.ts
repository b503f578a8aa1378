export { ErrorEnvelopeSchema, ErrorDetailSchema, commonResponses, API_ROUTER_OPTIONS, type ErrorEnvelope } from './errors';
export {
  CurrencySchema,
  RoleSchema,
  text,
  UuidSchema,
  IdParamsSchema,
  LocalDateSchema,
  localTime,
  InstantSchema,
  TimeZoneSchema,
  decimalQuery,
  type Role,
} from './primitives';
export { SlotSchema, InstantRangeSchema, TimedSegmentSchema, type Slot } from './slot';
export { PaginationQuerySchema, pageOf, type PaginationQuery } from './pagination';
export { encodeKeysetCursor, decodeKeysetCursor, encodeInstantCursor, decodeInstantCursor, type KeysetKey } from './keyset-cursor';
export { auth, routeAuthOf, type RouteAuth, type RouteMeta } from './route-meta';
export {
  authContract,
  MeSchema,
  RegisterBodySchema,
  UpdateProfileBodySchema,
  type Me,
  type RegisterBody,
  type UpdateProfileBody,
} from './auth-contract';
export {
  BookingStatusSchema,
  BOOKING_STATUSES,
  BookingStatusFilterSchema,
  LocalInstantSchema,
  BookedServiceSchema,
  BookingLineSchema,
  type BookingLine,
  type BookingStatus,
  type BookedService,
} from './booking';
export {
  subscriptionsContractFor,
  PlanSchema,
  MySubscriptionSchema,
  InvoiceSchema,
  PlanIdBodySchema,
  StartSubscriptionResultSchema,
  type PlanView,
  type MySubscription,
} from './subscriptions-contract';
