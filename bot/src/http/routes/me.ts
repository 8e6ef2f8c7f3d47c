/** /api/me and /api/record-types: who the caller is, and the types of their tenant. */
import { isAdmin, privilegeDepth, PRIVILEGES } from '../../domain/access/access';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { Me, Problem, RecordTypeCreate, RecordTypeView } from '../schemas';
import { presentRecordType } from '../presenters';
import { z } from 'zod';
import { commonProblems } from './records';
import type { ApiServices } from '../services';

export function meRoutes(s: ApiServices): Route[] {
  return [
    userRoute({
      method: 'get',
      path: '/api/me',
      operationId: 'getMe',
      summary: 'The signed-in user, their tenant, roles and privileges per record type',
      tag: 'me',
      params: NO_PARAMS,
      query: NO_PARAMS,
      body: NO_BODY,
      responses: { 200: { description: 'You', schema: Me }, 401: commonProblems[401], 403: commonProblems[403] },
      handle: async ({ caller, locale }) => {
        const [tenant, types] = await Promise.all([s.directory.getTenant(caller.tenantId), s.recordTypes.list(caller.tenantId)]);
        const privileges = Object.fromEntries(
          types.map((type) => [type.id, Object.fromEntries(PRIVILEGES.map((p) => [p, privilegeDepth(caller, type.id, p)]))]),
        );
        return json(200, {
          user: { id: caller.user.id, tenantId: caller.tenantId, displayName: caller.user.displayName, email: caller.user.email, locale: caller.user.locale ?? locale },
          tenant: { id: caller.tenantId, name: tenant?.name ?? caller.tenantId },
          roles: caller.roles.map((r) => ({ id: r.id, name: r.name })),
          isAdmin: isAdmin(caller),
          privileges,
        });
      },
    }),
    userRoute({
      method: 'get',
      path: '/api/record-types',
      operationId: 'listRecordTypes',
      summary: 'The record types of your tenant with their (localized) fields',
      tag: 'record-types',
      params: NO_PARAMS,
      query: NO_PARAMS,
      body: NO_BODY,
      responses: { 200: { description: 'Record types', schema: z.object({ items: z.array(RecordTypeView) }) }, 401: commonProblems[401] },
      handle: async ({ caller, locale }) => {
        const types = await s.recordTypes.list(caller.tenantId);
        return json(200, { items: types.map((type) => presentRecordType(type, locale, caller)) });
      },
    }),
    userRoute({
      method: 'post',
      path: '/api/record-types',
      operationId: 'createRecordType',
      summary: 'Add a custom record type (admins)',
      tag: 'record-types',
      params: NO_PARAMS,
      query: NO_PARAMS,
      body: RecordTypeCreate,
      responses: {
        201: { description: 'Created', schema: RecordTypeView },
        ...commonProblems,
        409: { description: 'Id or prefix in use', schema: Problem, contentType: 'application/problem+json' },
      },
      handle: async ({ caller, body, locale }) => {
        const type = await s.recordTypes.create(caller, body);
        return json(201, presentRecordType(type, locale, caller), { location: `/api/record-types/${type.id}` });
      },
    }),
  ];
}
