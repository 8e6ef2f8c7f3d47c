/**
 * J1 over HTTP: your delegates (`/api/me/delegates`), the people you act for
 * (`/api/me/delegators`), and the tenant's delegation policy (`/api/settings/delegation`, admins,
 * If-Match, audited). Every rule is the service's; this only validates and words.
 */
import { z } from 'zod';
import type { DirectoryRepository } from '../../domain/access/directory-repository';
import type { DelegationService } from '../../domain/delegation/delegation-service';
import { DelegationPolicySchema, POLICY_AUDIT_SUBJECT } from '../../domain/delegation/delegation-policy';
import type { AuditRepository } from '../../domain/settings/settings-repository';
import { isAdmin } from '../../domain/access/access';
import { ForbiddenError } from '../../domain/shared/errors';
import { DELEGATION_LIMIT } from '../../domain/delegation/delegation';
import { ifMatch, toHttpEtag } from '../etag';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { AuditPage, IF_MATCH, PRECONDITION_PROBLEMS, PageQuery, Problem } from '../schemas';
import { commonProblems } from './records';

const DelegationPerson = z.object({ userId: z.string(), displayName: z.string(), email: z.string(), since: z.string() });
const DelegationList = z.object({ items: z.array(DelegationPerson), limit: z.number().int() });
const AddDelegate = z.object({ userId: z.string().trim().min(1).max(200) }).strict();
const UserParams = z.object({ userId: z.string().min(1).max(200) });
/** The policy, its ETag, and the tenant's roles to choose from (id and name). */
const PolicyView = DelegationPolicySchema.extend({ etag: z.string(), roles: z.array(z.object({ id: z.string(), name: z.string() })) });

const conflict = { 409: { description: 'A limit is reached: 15 delegates per delegator, 15 delegators per delegate (the problem names which)', schema: Problem, contentType: 'application/problem+json' } };
const { 400: badInput, 401: noToken, 403: notAllowed } = commonProblems;

export interface DelegationRouteDeps {
  delegation: DelegationService;
  directory: Pick<DirectoryRepository, 'getUsers' | 'listRoles'>;
  audit: AuditRepository;
}

export function delegationRoutes(d: DelegationRouteDeps): Route[] {
  const policyReply = async (tenantId: string, p: { value: z.infer<typeof DelegationPolicySchema>; etag: string }) => {
    const etag = toHttpEtag(p.etag);
    const roles = (await d.directory.listRoles(tenantId)).map((r) => ({ id: r.id, name: r.name })).sort((a, b) => a.name.localeCompare(b.name));
    return json(200, { ...p.value, etag, roles }, { etag });
  };
  return [
    userRoute({
      method: 'get', path: '/api/me/delegates', operationId: 'listMyDelegates', summary: 'J1: the people you named to act for you (at most 15)', tag: 'delegation',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Your delegates', schema: DelegationList }, 401: noToken, 403: notAllowed },
      handle: async ({ caller }) => json(200, { items: await d.delegation.delegatesOf(caller), limit: DELEGATION_LIMIT }),
    }),
    userRoute({
      method: 'post', path: '/api/me/delegates', operationId: 'addMyDelegate',
      summary: 'J1: name a colleague of your organization your delegate (201; 200 when they already are). Refused for yourself, an unknown user, when the policy does not allow it, and past either limit (409)',
      tag: 'delegation', params: NO_PARAMS, query: NO_PARAMS, body: AddDelegate,
      responses: {
        200: { description: 'Already your delegate', schema: DelegationPerson },
        201: { description: 'Now your delegate (they are told in Teams)', schema: DelegationPerson },
        400: badInput, 401: noToken, 403: notAllowed, ...conflict,
      },
      handle: async ({ caller, body }) => {
        const { person, created } = await d.delegation.add(caller, body.userId);
        return json(created ? 201 : 200, person);
      },
    }),
    userRoute({
      method: 'delete', path: '/api/me/delegates/{userId}', operationId: 'removeMyDelegate', summary: 'J1: end a delegation; effective at once (they are told in Teams)', tag: 'delegation',
      params: UserParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 204: { description: 'No longer your delegate' }, 401: noToken, 403: notAllowed, 404: { description: 'Not your delegate', schema: Problem, contentType: 'application/problem+json' }, 409: { description: 'Too many changes at once: try again', schema: Problem, contentType: 'application/problem+json' } },
      handle: async ({ caller, params }) => {
        await d.delegation.removeDelegate(caller, params.userId);
        return { status: 204 };
      },
    }),
    userRoute({
      method: 'get', path: '/api/me/delegators', operationId: 'listMyDelegators', summary: 'J1: the people who named you their delegate (you act for them)', tag: 'delegation',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The people you act for', schema: DelegationList }, 401: noToken, 403: notAllowed },
      handle: async ({ caller }) => json(200, { items: await d.delegation.delegatorsOf(caller), limit: DELEGATION_LIMIT }),
    }),
    userRoute({
      method: 'get', path: '/api/settings/delegation', operationId: 'getDelegationPolicy', summary: "J1: the organization's delegation policy (admins); an empty role list means every role", tag: 'settings',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The policy', schema: PolicyView }, 401: noToken, 403: notAllowed },
      handle: async ({ caller }) => policyReply(caller.tenantId, await d.delegation.getPolicy(caller)),
    }),
    userRoute({
      method: 'put', path: '/api/settings/delegation', operationId: 'putDelegationPolicy', summary: 'J1: set the delegation policy (admins, If-Match); every change audited', tag: 'settings',
      params: NO_PARAMS, query: NO_PARAMS, body: DelegationPolicySchema, requestHeaders: [IF_MATCH],
      responses: { 200: { description: 'The policy as saved', schema: PolicyView }, 400: badInput, 401: noToken, 403: notAllowed, ...PRECONDITION_PROBLEMS },
      handle: async ({ caller, body, headers }) => {
        // Admins only, before the header is looked at: a non-admin learns nothing about versions.
        if (!isAdmin(caller)) throw new ForbiddenError('error.forbidden.adminOnly');
        return policyReply(caller.tenantId, await d.delegation.setPolicy(caller, body, ifMatch(headers)));
      },
    }),
    userRoute({
      method: 'get', path: '/api/settings/delegation/audit', operationId: 'getDelegationPolicyAudit', summary: 'J1/B8: who changed the delegation policy, when, from what to what (admins)', tag: 'settings',
      params: NO_PARAMS, query: PageQuery, body: NO_BODY,
      responses: { 200: { description: 'Audit entries, newest first', schema: AuditPage }, 400: badInput, 401: noToken, 403: notAllowed },
      handle: async ({ caller, query }) => {
        await d.delegation.getPolicy(caller); // admins only; completes a pending entry
        const page = await d.audit.list(caller.tenantId, POLICY_AUDIT_SUBJECT, { limit: query.limit, continuation: query.continuation });
        const actors = new Map((await d.directory.getUsers(caller.tenantId, [...new Set(page.items.map((e) => e.actorId))])).map((u) => [u.id, u]));
        return json(200, {
          items: page.items.map((e) => ({ id: e.id, at: e.at, actor: { id: e.actorId, displayName: actors.get(e.actorId)?.displayName ?? e.actorId }, path: e.path, oldValue: e.oldValue, newValue: e.newValue })),
          continuation: page.continuation,
        });
      },
    }),
  ];
}
