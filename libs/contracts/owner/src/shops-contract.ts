import { API_ROUTER_OPTIONS, auth, IdParamsSchema, pageOf, PaginationQuerySchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { CreateShopBodySchema, OwnerShopSchema, UpdateShopBodySchema } from './shop-schemas';

const c = initContract();

/** The caller's shops. Another owner's shop id is a 404, exactly like an unknown one. */
export const shopsContract = c.router(
  {
    create: {
      method: 'POST',
      path: '/shops',
      body: CreateShopBodySchema,
      responses: { 201: OwnerShopSchema },
      metadata: auth('owner'),
      summary: 'Open a shop.',
    },
    // Declared before GET /shops/:id so "my-shops" is never read as an id.
    listMine: {
      method: 'GET',
      path: '/shops/my-shops',
      query: PaginationQuerySchema.strict(),
      responses: { 200: pageOf(OwnerShopSchema) },
      metadata: auth('owner'),
      summary: 'Your shops (inactive ones too, not deleted ones), oldest first: a stable cursor list.',
    },
    get: {
      method: 'GET',
      path: '/shops/:id',
      pathParams: IdParamsSchema,
      responses: { 200: OwnerShopSchema },
      metadata: auth('owner'),
      summary: 'One of your shops, with its private calendar feed URL.',
    },
    update: {
      method: 'PUT',
      path: '/shops/:id',
      pathParams: IdParamsSchema,
      body: UpdateShopBodySchema,
      responses: { 200: OwnerShopSchema },
      metadata: auth('owner'),
      summary: 'Change a shop: only the given fields change; null clears a nullable one. isActive false hides it from customers.',
    },
    remove: {
      method: 'DELETE',
      path: '/shops/:id',
      pathParams: IdParamsSchema,
      responses: { 204: c.noBody() },
      metadata: auth('owner'),
      summary: 'Delete a shop (soft). 409 conflict while it has upcoming pending or confirmed bookings: move or cancel them first.',
    },
  },
  API_ROUTER_OPTIONS,
);
