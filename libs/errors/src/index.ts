export { ERROR_CODES, statusFor, type ErrorCode, type ErrorStatus } from './error-code';
export {
  AppError,
  NotFoundError,
  ValidationError,
  ForbiddenError,
  UnauthenticatedError,
  ConflictError,
  isAppError,
  type AppErrorOptions,
  type ErrorDetail,
} from './app-error';
export { ok, err, type Result } from './result';
