import { ownerContract, ownerOpenApiDocument } from '@salon/contracts-owner';
import { authRoutes } from '@salon/identity';
import { createContractApp, type ApiDeps } from '@salon/runtime';
import { initServer } from '@ts-rest/express';

const s = initServer();

/** The owner API as an Express app. It never listens: main.ts and tests decide that. */
export function createOwnerApp(deps: ApiDeps) {
  const routes = s.router(ownerContract, { auth: authRoutes(deps.ctx, { api: 'owner' }) });
  return createContractApp({ deps, contract: ownerContract, routes, openApiDocument: ownerOpenApiDocument() });
}
