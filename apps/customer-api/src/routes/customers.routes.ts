import { customersContract } from '@salon/contracts-customer';
import { actorOf } from '@salon/http';
import { type Actor, type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { createCustomer } from '../use-cases/customers/create-customer';
import { getCustomer } from '../use-cases/customers/get-customer';
import { updateCustomer } from '../use-cases/customers/update-customer';
import { customerContextOf } from './customer-context';

const s = initServer();

export const customersRoutes = (app: IdentityContext) =>
  s.router(customersContract, {
    create: async ({ body, res }) => ({
      status: 201,
      body: await createCustomer({ ctx: { db: app.db, now: app.now, actor: actorOf<Actor>(res) }, input: body }),
    }),
    me: async ({ res }) => ({ status: 200, body: await getCustomer({ ctx: customerContextOf(app, res) }) }),
    updateMe: async ({ body, res }) => ({ status: 200, body: await updateCustomer({ ctx: customerContextOf(app, res), input: body }) }),
  });
