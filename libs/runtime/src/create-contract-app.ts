import { checkReadiness } from './check-readiness';
import { classifyDatabaseError } from './classify-database-error';
import { createApiApp } from '@salon/http';
import { authenticator, type Actor } from '@salon/identity';
import { type AppRouter } from '@ts-rest/core';
import { type ApiDeps } from './start-api';

type ApiAppInput<TContract extends AppRouter> = Parameters<typeof createApiApp<TContract, Actor>>[0];

/** An API app from its contract and routes: the edge wired to identity and the database. */
export function createContractApp<TContract extends AppRouter>(opts: {
  deps: ApiDeps;
  contract: TContract;
  routes: ApiAppInput<TContract>['routes'];
  openApiDocument: object;
}) {
  const { deps } = opts;
  return createApiApp<TContract, Actor>({
    contract: opts.contract,
    routes: opts.routes,
    authenticate: authenticator(deps.ctx),
    userIdOf: (actor) => actor.userId,
    checkReadiness: () => checkReadiness(deps.database),
    classifyError: classifyDatabaseError,
    openApiDocument: opts.openApiDocument,
    logger: deps.logger,
    trustProxy: deps.trustProxy,
    responseValidation: deps.responseValidation,
    rateLimits: deps.rateLimits,
    corsOrigins: deps.corsOrigins,
  });
}
