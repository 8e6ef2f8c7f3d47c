/** /api/users and /api/teams: people of the caller's tenant to assign records to. */
import { z } from 'zod';
import { searchWords } from '../../domain/people/people-service';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { commonProblems } from './records';
import type { ApiServices } from '../services';

const UserView = z.object({ id: z.string(), displayName: z.string(), email: z.string(), teamIds: z.array(z.string()) });

export function directoryRoutes(s: ApiServices): Route[] {
  return [
    userRoute({
      method: 'get', path: '/api/users', operationId: 'listUsers', summary: 'Users of your tenant whose name or e-mail contains the words of q', tag: 'directory',
      params: NO_PARAMS, query: z.object({ q: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(50).default(20) }), body: NO_BODY,
      responses: { 200: { description: 'Users, by name', schema: z.object({ items: z.array(UserView) }) }, 400: commonProblems[400], 401: commonProblems[401] },
      handle: async ({ caller, query }) => {
        const users = await s.directory.searchUsers(caller.tenantId, searchWords(query.q), query.limit);
        return json(200, { items: users.map((u) => ({ id: u.id, displayName: u.displayName, email: u.email, teamIds: u.teamIds })) });
      },
    }),
    userRoute({
      method: 'get', path: '/api/teams', operationId: 'listTeams', summary: 'The teams of your tenant that can own records', tag: 'directory',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Teams, by name', schema: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }) }, 401: commonProblems[401] },
      handle: async ({ caller }) => {
        const teams = (await s.directory.listTeams(caller.tenantId)).sort((a, b) => a.name.localeCompare(b.name));
        return json(200, { items: teams.map((t) => ({ id: t.id, name: t.name })) });
      },
    }),
  ];
}
