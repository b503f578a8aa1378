import { slotsContract, type PublicSlotDays } from '@salon/contracts-customer';
import { type Database } from '@salon/db';
import { initServer } from '@ts-rest/express';
import { type ReadCache } from '../read-cache';
import { listPublicVisits } from '../use-cases/slots/list-public-slots';
import { servePublicSlots, serveScheduleSlots } from '../use-cases/slots/serve-public-slots';
import { sendCachedResponse } from './send-cached-response';

const s = initServer();

export const slotsRoutes = (ctx: { db: Database; now: () => Date; readCache: ReadCache; checkResponse?: (view: PublicSlotDays) => PublicSlotDays }) =>
  s.router(slotsContract, {
    calendarView: async ({ params, query, req, res }) =>
      sendCachedResponse<PublicSlotDays>(req, res, await servePublicSlots({ ctx, input: { ...query, shopId: params.shopId } })),
    visitView: async ({ params, query }) => ({ status: 200, body: await listPublicVisits({ ctx, input: { ...query, shopId: params.shopId } }) }),
    availableSlots: async ({ params, query, req, res }) =>
      sendCachedResponse<PublicSlotDays>(req, res, await serveScheduleSlots({ ctx, input: { ...query, scheduleId: params.id } })),
  });
