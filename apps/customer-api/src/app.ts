import { customerContract, customerOpenApiDocument } from '@salon/contracts-customer';
import { authRoutes } from '@salon/identity';
import { createContractApp, type ApiDeps } from '@salon/runtime';
import { initServer } from '@ts-rest/express';
import { shopsRoutes } from './routes/shops.routes';

const s = initServer();

/** The customer API as an Express app. It never listens: main.ts and tests decide that. */
export function createCustomerApp(deps: ApiDeps) {
  const routes = s.router(customerContract, { auth: authRoutes(deps.ctx, { api: 'customer' }), shops: shopsRoutes(deps.ctx) });
  return createContractApp({ deps, contract: customerContract, routes, openApiDocument: customerOpenApiDocument() });
}
