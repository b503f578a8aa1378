import { type AppRoute, type AppRouter } from '@ts-rest/core';
import { generateOpenApi } from '@ts-rest/open-api';
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
          ...operation,
          description: [operation.description, audience].filter(Boolean).join('\n\n'),
          security: who === 'public' ? [] : [{ clerkSession: [] }],
        };
      },
    },
  );
  return document;
}
