import { availabilityContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { getCalendarView } from '../use-cases/availability/get-calendar-view';
import { previewSlots } from '../use-cases/availability/preview-slots';
import { ownerContextOf } from './owner-context';

const s = initServer();

export const availabilityRoutes = (app: IdentityContext) =>
  s.router(availabilityContract, {
    previewSlots: async ({ body, res }) => ({ status: 200, body: await previewSlots({ ctx: ownerContextOf(app, res), input: body }) }),
    calendarView: async ({ params, query, res }) => ({
      status: 200,
      body: await getCalendarView({ ctx: ownerContextOf(app, res), input: { ...query, shopId: params.shopId } }),
    }),
  });
