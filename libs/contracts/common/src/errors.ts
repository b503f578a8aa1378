import { ERROR_CODES } from '@salon/errors';
import { z } from 'zod';

export const ErrorDetailSchema = z.object({
  path: z.string().describe('Where the problem is, e.g. "body.startsAt" or "query.limit".'),
  message: z.string().describe('What is wrong with it, for a human.'),
});

/** The one error shape every endpoint answers with (conventions.md, "Errors"). */
export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES).describe('Stable machine-readable code; switch on this, not on the message.'),
    message: z.string().describe('Human-readable explanation, safe to show to the user.'),
    details: z.array(ErrorDetailSchema).describe('Field-level problems; empty when there are none.'),
    requestId: z.string().describe('Quote this when reporting a problem: it finds the request in the logs.'),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

/** Responses any route may give; merged into every route by the root routers. */
export const commonResponses = {
  400: ErrorEnvelopeSchema,
  401: ErrorEnvelopeSchema,
  403: ErrorEnvelopeSchema,
  404: ErrorEnvelopeSchema,
  409: ErrorEnvelopeSchema,
  413: ErrorEnvelopeSchema,
  415: ErrorEnvelopeSchema,
  422: ErrorEnvelopeSchema,
  429: ErrorEnvelopeSchema,
  500: ErrorEnvelopeSchema,
  503: ErrorEnvelopeSchema,
} as const;

/**
 * Options every resource router is built with. They are applied per resource, not on the root,
 * so a resource's type is the same standalone and composed and one implementation serves both APIs.
 */
export const API_ROUTER_OPTIONS = { pathPrefix: '/api/v1', strictStatusCodes: true, commonResponses } as const;
