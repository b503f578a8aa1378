import { staffContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { createStaff } from '../use-cases/staff/create-staff';
import { deleteStaff } from '../use-cases/staff/delete-staff';
import { getStaff } from '../use-cases/staff/get-staff';
import { listStaff } from '../use-cases/staff/list-staff';
import { setStaffServices } from '../use-cases/staff/set-staff-services';
import { updateStaff } from '../use-cases/staff/update-staff';
import { ownerContextOf } from './owner-context';

const s = initServer();

/** The people of the caller's shops and what they perform: validated by the contract, one use case each. */
export const staffRoutes = (ctx: IdentityContext) =>
  s.router(staffContract, {
    create: async ({ params, body, res }) => ({
      status: 201,
      body: await createStaff({ ctx: ownerContextOf(ctx, res), input: { shopId: params.shopId, body } }),
    }),
    listByShop: async ({ params, res }) => ({
      status: 200,
      body: await listStaff({ ctx: ownerContextOf(ctx, res), input: { shopId: params.shopId } }),
    }),
    get: async ({ params, res }) => ({ status: 200, body: await getStaff({ ctx: ownerContextOf(ctx, res), input: { id: params.id } }) }),
    update: async ({ params, body, res }) => ({
      status: 200,
      body: await updateStaff({ ctx: ownerContextOf(ctx, res), input: { id: params.id, body } }),
    }),
    remove: async ({ params, res }) => {
      await deleteStaff({ ctx: ownerContextOf(ctx, res), input: { id: params.id } });
      return { status: 204, body: undefined };
    },
    setServices: async ({ params, body, res }) => ({
      status: 200,
      body: await setStaffServices({ ctx: ownerContextOf(ctx, res), input: { id: params.id, body } }),
    }),
  });
