import { timeOffContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { createTimeOff } from '../use-cases/time-off/create-time-off';
import { deleteTimeOff } from '../use-cases/time-off/delete-time-off';
import { listTimeOff } from '../use-cases/time-off/list-time-off';
import { ownerContextOf } from './owner-context';

const s = initServer();

/** A staff member's time off: the contract validates, each handler calls one use case. */
export const timeOffRoutes = (app: IdentityContext) =>
  s.router(timeOffContract, {
    create: async ({ params, body, res }) => ({
      status: 201,
      body: await createTimeOff({ ctx: ownerContextOf(app, res), input: { staffId: params.id, body } }),
    }),
    list: async ({ params, query, res }) => ({
      status: 200,
      body: await listTimeOff({ ctx: ownerContextOf(app, res), input: { ...query, staffId: params.id } }),
    }),
    remove: async ({ params, res }) => {
      await deleteTimeOff({ ctx: ownerContextOf(app, res), input: params });
      return { status: 204, body: undefined };
    },
  });
