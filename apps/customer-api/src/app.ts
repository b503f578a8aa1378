import { customerContract, PublicSlotDaysSchema, shopsContract, type PublicSlotDays } from '@salon/contracts-customer';
import { customerOpenApiDocument } from '@salon/contracts-customer/openapi';
import { createBillingContext, DEFAULT_BILLING_SETTINGS, subscriptionRoutes, type BillingSettings } from '@salon/billing';
import { authRoutes } from '@salon/identity';
import { createContractApp, type ApiDeps } from '@salon/runtime';
import { createMemoryCache, createResponseCache } from '@salon/cache';
import { initServer } from '@ts-rest/express';
import { type ReadCache } from './read-cache';
import { bookingsRoutes } from './routes/bookings.routes';
import { catalogueRoutes } from './routes/catalogue.routes';
import { customersRoutes } from './routes/customers.routes';
import { favoritesRoutes } from './routes/favorites.routes';
import { openingHoursRoutes } from './routes/opening-hours.routes';
import { shopsRoutes } from './routes/shops.routes';
import { slotsRoutes } from './routes/slots.routes';
import { createSearchPageCache, type SearchPage } from './use-cases/search/search-page-cache';

const s = initServer();

/**
 * The customer API as an Express app. It never listens: main.ts and tests decide that.
 * `readCache` unset: an in-process LRU of its own (tests; server.ts passes the configured one);
 * its `responses` unset: 8 MB of finished slot answers and search pages of its own (one per replica, as in production).
 * `searchCacheTtlSeconds` unset or 0: no search page cache (tests see every write at once).
 */
export function createCustomerApp(
  deps: ApiDeps,
  opts: { readCache?: Partial<ReadCache> & Omit<ReadCache, 'responses'>; billing?: BillingSettings; searchCacheTtlSeconds?: number } = {},
) {
  const readCache = {
    cache: opts.readCache?.cache ?? createMemoryCache({ maxEntries: 1_000 }),
    ttlSeconds: opts.readCache?.ttlSeconds ?? 600,
    responses: opts.readCache?.responses ?? createResponseCache({ maxBytes: 8 * 1024 * 1024, ttlSeconds: 600 }),
  };
  const searchTtlSeconds = opts.searchCacheTtlSeconds ?? 0;
  const searchPages = searchTtlSeconds > 0 ? createSearchPageCache({ cache: readCache.cache, responses: readCache.responses, ttlSeconds: searchTtlSeconds, now: () => deps.ctx.now().getTime() }) : undefined;
  const reads = { db: deps.ctx.db, now: deps.ctx.now, readCache };
  // Slot answers are sent as bytes serialized earlier, which ts-rest cannot check: check them as they are built.
  const checkResponse = deps.responseValidation ? (view: PublicSlotDays) => PublicSlotDaysSchema.parse(view) : undefined;
  const checkSearchPage = deps.responseValidation ? (page: SearchPage) => shopsContract.search.responses[200].parse(page) : undefined;
  const billing = createBillingContext({ db: deps.ctx.db, now: deps.ctx.now, settings: opts.billing ?? DEFAULT_BILLING_SETTINGS });
  // Express tries routes in this order: keep routers with `/shops/:id` after every static
  // `/shops/<word>` route, or the word is read as an id (catalogue.route.test.ts checks it).
  const routes = s.router(customerContract, {
    auth: authRoutes(deps.ctx, { api: 'customer' }),
    shops: shopsRoutes({ ...deps.ctx, readCache, searchPages, checkResponse: checkSearchPage }),
    slots: slotsRoutes({ ...reads, checkResponse }),
    customers: customersRoutes(deps.ctx),
    favorites: favoritesRoutes(deps.ctx),
    openingHours: openingHoursRoutes(reads),
    catalogue: catalogueRoutes(reads),
    bookings: bookingsRoutes(deps.ctx, billing),
    subscriptions: subscriptionRoutes(billing, 'customer'),
  });
  return createContractApp({ deps, contract: customerContract, routes, openApiDocument: customerOpenApiDocument() });
}
