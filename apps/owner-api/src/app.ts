import { ownerContract } from '@salon/contracts-owner';
import { ownerOpenApiDocument } from '@salon/contracts-owner/openapi';
import { createBillingContext, DEFAULT_BILLING_SETTINGS, subscriptionRoutes, type BillingSettings } from '@salon/billing';
import { authRoutes } from '@salon/identity';
import { createContractApp, type ApiDeps } from '@salon/runtime';
import { initServer } from '@ts-rest/express';
import { clientsRoutes } from './routes/clients.routes';
import { servicesRoutes } from './routes/services.routes';
import { shopsRoutes } from './routes/shops.routes';
import { staffRoutes } from './routes/staff.routes';
import { bookingsRoutes } from './routes/bookings.routes';
import { calendarFeedRoutes } from './routes/calendar-feed.routes';
import { dashboardRoutes } from './routes/dashboard.routes';
import { availabilityRoutes } from './routes/availability.routes';
import { scheduleRoutes } from './routes/schedules.routes';
import { timeOffRoutes } from './routes/time-off.routes';

const s = initServer();

/** The owner API as an Express app. It never listens: main.ts and tests decide that. */
export function createOwnerApp(deps: ApiDeps, opts: { billing?: BillingSettings } = {}) {
  const billing = createBillingContext({ db: deps.ctx.db, now: deps.ctx.now, settings: opts.billing ?? DEFAULT_BILLING_SETTINGS });
  const routes = s.router(ownerContract, {
    auth: authRoutes(deps.ctx, { api: 'owner' }),
    clients: clientsRoutes(deps.ctx),
    shops: shopsRoutes(deps.ctx, billing),
    services: servicesRoutes(deps.ctx),
    staff: staffRoutes(deps.ctx),
    bookings: bookingsRoutes(deps.ctx),
    calendarFeed: calendarFeedRoutes(deps.ctx, billing),
    dashboard: dashboardRoutes(deps.ctx, billing),
    availability: availabilityRoutes(deps.ctx),
    schedules: scheduleRoutes(deps.ctx),
    timeOff: timeOffRoutes(deps.ctx),
    subscriptions: subscriptionRoutes(billing, 'owner'),
  });
  return createContractApp({ deps, contract: ownerContract, routes, openApiDocument: ownerOpenApiDocument() });
}
