import { type ErrorEnvelope } from '@salon/contracts-common';
import { AppError, isAppError, statusFor } from '@salon/errors';
import { type Request, type Response } from 'express';

/** Writes any error in the one envelope. Only AppError messages reach the caller. */
export function sendError(req: Request, res: Response, error: unknown): void {
  const appError = isAppError(error) ? error : new AppError('internal', 'Something went wrong on our side.');
  const body: ErrorEnvelope = {
    error: {
      code: appError.code,
      message: appError.message,
      details: appError.details,
      requestId: req.requestId ?? 'unknown',
    },
  };
  for (const [name, value] of Object.entries(appError.headers)) res.setHeader(name, value);
  res.status(statusFor(appError.code)).json(body);
}
