/** Local mode only: the demo users and a sign-in that issues a token for one of them. */
import { z } from 'zod';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import { HttpProblem } from '../http/problem';
import { anonymousRoute, json, NO_BODY, NO_PARAMS, type Route } from '../http/route';
import { Id } from '../http/schemas';
import type { DevIssuer } from './dev-issuer';

const DevUsers = z.object({
  users: z.array(
    z.object({
      id: z.string(),
      tenantId: z.string(),
      tenantName: z.string(),
      displayName: z.string(),
      email: z.string(),
      roleNames: z.array(z.string()),
      teamNames: z.array(z.string()),
    }),
  ),
});

export function devRoutes(directory: DirectoryRepository, issuer: DevIssuer): Route[] {
  return [
    anonymousRoute({
      method: 'get', path: '/dev/users', operationId: 'devListUsers', summary: 'Local mode: the demo users you can sign in as', tag: 'dev',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Demo users', schema: DevUsers } },
      handle: async () => {
        const users = await directory.listAllUsers();
        const tenantIds = [...new Set(users.map((u) => u.tenantId))];
        const lookups = await Promise.all(
          tenantIds.map(async (tid) => ({ tid, tenant: await directory.getTenant(tid), roles: await directory.listRoles(tid), teams: await directory.listTeams(tid) })),
        );
        const byTenant = new Map(lookups.map((l) => [l.tid, l]));
        return json(200, {
          users: users
            .map((u) => {
              const l = byTenant.get(u.tenantId);
              return {
                id: u.id,
                tenantId: u.tenantId,
                tenantName: l?.tenant?.name ?? u.tenantId,
                displayName: u.displayName,
                email: u.email,
                roleNames: (l?.roles ?? []).filter((r) => u.roleIds.includes(r.id)).map((r) => r.name),
                teamNames: (l?.teams ?? []).filter((t) => u.teamIds.includes(t.id)).map((t) => t.name),
              };
            })
            .sort((a, b) => a.tenantName.localeCompare(b.tenantName) || a.displayName.localeCompare(b.displayName)),
        });
      },
    }),
    anonymousRoute({
      method: 'post', path: '/dev/token', operationId: 'devIssueToken', summary: 'Local mode: a signed token for a demo user', tag: 'dev',
      params: NO_PARAMS, query: NO_PARAMS, body: z.object({ userId: Id }).strict(),
      responses: { 200: { description: 'A token', schema: z.object({ token: z.string(), expiresAt: z.string() }) } },
      handle: async ({ body }) => {
        const user = (await directory.listAllUsers()).find((u) => u.id === body.userId);
        if (!user) throw new HttpProblem(404, 'error.notFound');
        return json(200, await issuer.sign({ tenantId: user.tenantId, userId: user.id, name: user.displayName, email: user.email }));
      },
    }),
  ];
}
