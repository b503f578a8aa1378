import { slotsContract } from '@salon/contracts-customer';
import { type Database } from '@salon/db';
import { initServer } from '@ts-rest/express';
import { type ReadCache } from '../read-cache';
import { listPublicSlots, listScheduleSlots } from '../use-cases/slots/list-public-slots';

const s = initServer();

export const slotsRoutes = (ctx: { db: Database; now: () => Date; readCache?: ReadCache }) =>
  s.router(slotsContract, {
    calendarView: async ({ params, query }) => ({ status: 200, body: await listPublicSlots({ ctx, input: { ...query, shopId: params.shopId } }) }),
    availableSlots: async ({ params, query }) => ({ status: 200, body: await listScheduleSlots({ ctx, input: { ...query, scheduleId: params.id } }) }),
  });
