import { authContract } from '@salon/contracts-common';
import { actorOf as edgeActorOf } from '@salon/http';
import { initServer } from '@ts-rest/express';
import { type Response } from 'express';
import { type Actor, type IdentityContext } from './context';
import { getMe } from './get-me';
import { logout } from './logout';
import { registerProfile, type RegisteringApi } from './register-profile';
import { updateProfile } from './update-profile';

const s = initServer();
const actorOf = (res: Response) => edgeActorOf<Actor>(res);

/**
 * The four /auth routes on both APIs: validate (done by the contract), call a verb. `api` says
 * which API serves them: owner profiles are registered through owner-api only.
 */
export function authRoutes(ctx: IdentityContext, opts: { api: RegisteringApi }) {
  return s.router(authContract, {
    register: async ({ body, res }) => ({
      status: 200,
      body: await registerProfile({ ctx, input: { actor: actorOf(res), body, api: opts.api } }),
    }),
    me: async ({ res }) => ({ status: 200, body: await getMe({ ctx, input: { actor: actorOf(res) } }) }),
    updateProfile: async ({ body, res }) => ({
      status: 200,
      body: await updateProfile({ ctx, input: { actor: actorOf(res), changes: body } }),
    }),
    logout: async ({ res }) => {
      await logout({ ctx, input: { actor: actorOf(res) } });
      return { status: 204, body: undefined };
    },
  });
}
