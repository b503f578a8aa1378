import { isAppRouteOtherResponse, type AppRoute, type AppRouter } from '@ts-rest/core';
import { generateOpenApi } from '@ts-rest/open-api';
import { type OperationObject } from 'openapi3-ts';
import { ErrorEnvelopeSchema } from './errors';
import { routeAuthOf } from './route-meta';

type OpenApiInfo = { title: string; version: string; description: string };

/**
 * The OpenAPI document of a root router: generated, never hand-written, so it cannot drift
 * from what the server validates. Routes that need a token are marked with the bearer scheme.
 */
export function buildOpenApiDocument(router: AppRouter, info: OpenApiInfo) {
  const document = generateOpenApi(
    router,
    {
      info,
      components: {
        securitySchemes: {
          clerkSession: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A Clerk session token.' },
        },
      },
    },
    {
      setOperationId: 'concatenated-path',
      operationMapper: (operation, route: AppRoute) => {
        const who = routeAuthOf(route.metadata) ?? 'user';
        const audience = who === 'public' ? 'Public: no token needed.' : `Needs a session token (${who}).`;
        return {
          ...withSharedErrorSchema(withOtherContentTypes(operation, route, info)),
          description: [operation.description, audience].filter(Boolean).join('\n\n'),
          security: who === 'public' ? [] : [{ clerkSession: [] }],
        };
      },
    },
  );
  document.components = { ...document.components, schemas: { ErrorEnvelope: jsonSchemaOf(ErrorEnvelopeSchema, info) } };
  return document;
}

/** The OpenAPI schema ts-rest generates for one zod type (through a one-route probe document). */
function jsonSchemaOf(body: unknown, info: OpenApiInfo) {
  return generateOpenApi({ probe: { method: 'GET', path: '/', responses: { 200: body as never } } }, { info })
    .paths['/']?.get?.responses?.['200']?.content?.['application/json']?.schema;
}

/**
 * ts-rest 3.52's generator drops `c.otherResponse({ contentType, body })` (it emits no content at
 * all), so a text/calendar or CSV response would look bodiless: describe it under its own type.
 */
function withOtherContentTypes(operation: OperationObject, route: AppRoute, info: OpenApiInfo): OperationObject {
  const responses = { ...operation.responses };
  for (const [status, declared] of Object.entries(route.responses)) {
    if (!isAppRouteOtherResponse(declared)) continue;
    const body = declared.body as { description?: string } | undefined;
    responses[status] = {
      description: body?.description ?? status,
      content: { [declared.contentType]: { schema: jsonSchemaOf(declared.body, info) } },
    };
  }
  return { ...operation, responses };
}

/** Every 4xx/5xx has the one envelope: reference it once instead of inlining it per route and status. */
function withSharedErrorSchema(operation: OperationObject): OperationObject {
  const responses = { ...operation.responses };
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) >= 400) {
      responses[status] = { ...response, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } } };
    }
  }
  return { ...operation, responses };
}
