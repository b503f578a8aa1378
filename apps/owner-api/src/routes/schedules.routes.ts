import { schedulesContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { listScheduleConflicts } from '../use-cases/schedules/conflicts/list-schedule-conflicts';
import { createDateOverride } from '../use-cases/schedules/overrides/create-date-override';
import { deleteDateOverride } from '../use-cases/schedules/overrides/delete-date-override';
import { listDateOverrides } from '../use-cases/schedules/overrides/list-date-overrides';
import { createWeeklyHours } from '../use-cases/schedules/weekly-hours/create-weekly-hours';
import { deleteWeeklyHours } from '../use-cases/schedules/weekly-hours/delete-weekly-hours';
import { listWeeklyHours } from '../use-cases/schedules/weekly-hours/list-weekly-hours';
import { updateWeeklyHours } from '../use-cases/schedules/weekly-hours/update-weekly-hours';
import { ownerContextOf } from './owner-context';

const s = initServer();

/** Weekly hours, date overrides and conflicts: the contract validates, each handler calls one use case. */
export const scheduleRoutes = (app: IdentityContext) =>
  s.router(schedulesContract, {
    create: async ({ body, res }) => ({ status: 201, body: await createWeeklyHours({ ctx: ownerContextOf(app, res), input: body }) }),
    listForShop: async ({ params, res }) => ({ status: 200, body: await listWeeklyHours({ ctx: ownerContextOf(app, res), input: params }) }),
    update: async ({ params, body, res }) => ({
      status: 200,
      body: await updateWeeklyHours({ ctx: ownerContextOf(app, res), input: { id: params.id, changes: body } }),
    }),
    remove: async ({ params, res }) => {
      await deleteWeeklyHours({ ctx: ownerContextOf(app, res), input: params });
      return { status: 204, body: undefined };
    },
    createOverride: async ({ body, res }) => ({ status: 201, body: await createDateOverride({ ctx: ownerContextOf(app, res), input: body }) }),
    listOverrides: async ({ params, query, res }) => ({
      status: 200,
      body: await listDateOverrides({ ctx: ownerContextOf(app, res), input: { ...query, shopId: params.shopId } }),
    }),
    removeOverride: async ({ params, res }) => {
      await deleteDateOverride({ ctx: ownerContextOf(app, res), input: params });
      return { status: 204, body: undefined };
    },
    conflicts: async ({ params, res }) => ({ status: 200, body: await listScheduleConflicts({ ctx: ownerContextOf(app, res), input: params }) }),
  });
