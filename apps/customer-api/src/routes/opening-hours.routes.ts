import { openingHoursContract } from '@salon/contracts-customer';
import { type Database } from '@salon/db';
import { initServer } from '@ts-rest/express';
import { type ReadCache } from '../read-cache';
import { getOpeningHours } from '../use-cases/schedules/get-opening-hours';

const s = initServer();

export const openingHoursRoutes = (ctx: { db: Database; now: () => Date; readCache?: ReadCache }) =>
  s.router(openingHoursContract, {
    shopHours: async ({ params }) => ({ status: 200, body: await getOpeningHours({ ctx, input: params }) }),
  });
