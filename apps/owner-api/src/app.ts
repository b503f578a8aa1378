import { ownerContract, ownerOpenApiDocument } from '@salon/contracts-owner';
import { authRoutes } from '@salon/identity';
import { createContractApp, type ApiDeps } from '@salon/runtime';
import { initServer } from '@ts-rest/express';
import { clientsRoutes } from './routes/clients.routes';
import { servicesRoutes } from './routes/services.routes';
import { shopsRoutes } from './routes/shops.routes';
import { staffRoutes } from './routes/staff.routes';

const s = initServer();

/** The owner API as an Express app. It never listens: main.ts and tests decide that. */
export function createOwnerApp(deps: ApiDeps) {
  const routes = s.router(ownerContract, {
    auth: authRoutes(deps.ctx),
    clients: clientsRoutes(deps.ctx),
    shops: shopsRoutes(deps.ctx),
    services: servicesRoutes(deps.ctx),
    staff: staffRoutes(deps.ctx),
  });
  return createContractApp({ deps, contract: ownerContract, routes, openApiDocument: ownerOpenApiDocument() });
}
