/**
 * The agent actions on a record (H3), each its own operation: assign, accept, transfer, close,
 * reopen, postpone, split, and the record's action audit. Each answers the record's view with its
 * new ETag (split: 201 with the new case); If-Match is required except on accept.
 */
import { z } from 'zod';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { IF_MATCH, IdParams, PageQuery, PRECONDITION_PROBLEMS, Problem, RecordView } from '../schemas';
import { presentRecord } from '../presenters';
import { ifMatch, toHttpEtag } from '../etag';
import type { ApiServices } from '../services';
import { commonProblems } from './records';
import { RECORD_STATUSES, type ServiceRecord } from '../../domain/records/record';
import type { Caller } from '../../domain/access/access';
import type { Versioned } from '../../domain/shared/types';

const UserId = z.string().min(1).max(100);
const conflict = { 409: { description: 'The record is not in a state for this action (or, for accept, someone else has it)', schema: Problem, contentType: 'application/problem+json' } };
const changed = { 200: { description: 'The record after the action (with its new ETag)', schema: RecordView }, ...commonProblems, ...PRECONDITION_PROBLEMS };

const AssignBody = z.object({ userId: UserId.nullable().optional(), teamId: UserId.nullable().optional() }).strict();
const TransferBody = z.object({ userId: UserId, note: z.string().trim().min(1).max(4000) }).strict();
/** An ISO date-time with its offset (`Z` or `+01:00`): without one it would mean the server's time zone. */
const PostponeBody = z.object({ until: z.iso.datetime({ offset: true }).max(40) }).strict();
/**
 * J2: accept and close may name the delegator they act for; no body at all (or `{}`) is as before:
 * for yourself, or for the case's owner when only your delegation from them reaches it.
 */
const OnBehalfBody = z.object({ onBehalfOf: UserId.optional() }).strict().optional().transform((b) => b?.onBehalfOf);

const SplitBody = z.object({
  messageIds: z.array(z.string().min(1).max(200)).min(1).max(500),
  title: z.string().trim().min(1).max(200),
  ownerId: UserId.nullable().optional(),
  status: z.enum(RECORD_STATUSES).optional(),
}).strict();

const AuditPage = z.object({
  items: z.array(z.object({
    id: z.string(), at: z.string(), action: z.string(), actor: z.object({ id: z.string(), displayName: z.string() }),
    oldValue: z.unknown(), newValue: z.unknown(),
  })),
  continuation: z.string().nullable(),
});

export function actionRoutes(s: ApiServices): Route[] {
  const view = async (caller: Caller, item: Versioned<ServiceRecord>) => {
    const [details] = await s.details.describe(caller, [item]);
    if (!details) throw new Error('describe returned nothing');
    return { ...presentRecord(details, s.publicUrl, s.teamsAppId), etag: toHttpEtag(item.etag) };
  };
  const answer = async (caller: Caller, item: Versioned<ServiceRecord>) => {
    const body = await view(caller, item);
    return json(200, body, { etag: body.etag });
  };
  const action = (name: string, summary: string) => ({
    method: 'post' as const, path: `/api/records/{id}/${name}`, operationId: `${name}Record`, summary, tag: 'actions',
    params: IdParams, query: NO_PARAMS,
  });
  return [
    userRoute({
      ...action('assign', 'Assign to a user, a team, or both (assign privilege); a team alone puts the case in its unassigned queue'),
      body: AssignBody, requestHeaders: [IF_MATCH], responses: changed,
      handle: async ({ caller, params, body, headers }) => answer(caller, await s.actions.assign(caller, params.id, ifMatch(headers), body)),
    }),
    userRoute({
      ...action('accept', 'Take ownership of an unowned case (your write reaches it, or it is in a team of yours); 409 naming the owner when someone has it; `onBehalfOf`: accept for a delegator of yours, who becomes the owner'),
      body: OnBehalfBody,
      requestHeaders: [{ name: 'If-Match', required: false, description: 'Optional: the ETag you read; without it the current version is taken.' }],
      responses: { ...changed, ...conflict },
      handle: async ({ caller, params, headers, body }) =>
        answer(caller, await s.actions.accept(caller, params.id, headers['if-match'] ? ifMatch(headers) : undefined, body)),
    }),
    userRoute({
      ...action('transfer', 'Pass the case to a colleague with an internal note to them (the owner, or someone who may assign)'),
      body: TransferBody, requestHeaders: [IF_MATCH], responses: changed,
      handle: async ({ caller, params, body, headers }) => answer(caller, await s.actions.transfer(caller, params.id, ifMatch(headers), body)),
    }),
    userRoute({
      ...action('close', 'Close the case (its conversations close with it); `onBehalfOf`: close for a delegator of yours (their case)'),
      body: OnBehalfBody, requestHeaders: [IF_MATCH], responses: { ...changed, ...conflict },
      handle: async ({ caller, params, headers, body }) => answer(caller, await s.actions.close(caller, params.id, ifMatch(headers), body)),
    }),
    userRoute({
      ...action('reopen', 'Reopen a closed or postponed case as active'),
      body: NO_BODY, requestHeaders: [IF_MATCH], responses: { ...changed, ...conflict },
      handle: async ({ caller, params, headers }) => answer(caller, await s.actions.reopen(caller, params.id, ifMatch(headers))),
    }),
    userRoute({
      ...action('postpone', 'Postpone until a future time: status waiting; the case reopens itself then, also after a restart'),
      body: PostponeBody, requestHeaders: [IF_MATCH], responses: { ...changed, ...conflict },
      handle: async ({ caller, params, body, headers }) => answer(caller, await s.actions.postpone(caller, params.id, ifMatch(headers), body.until)),
    }),
    userRoute({
      ...action('split', 'Move chosen messages into a new case (title, owner, status); links both ways on the timelines; answers the new case'),
      body: SplitBody, requestHeaders: [IF_MATCH],
      responses: {
        201: { description: 'The new case', schema: RecordView }, ...commonProblems, ...PRECONDITION_PROBLEMS,
        409: { description: 'The new case\'s id is taken by another split (another user chose the same messages)', schema: Problem, contentType: 'application/problem+json' },
      },
      handle: async ({ caller, params, body, headers }) => {
        const created = await view(caller, await s.split.split(caller, params.id, ifMatch(headers), body));
        return json(201, created, { etag: created.etag, location: `/api/records/${created.id}` });
      },
    }),
    userRoute({
      method: 'get', path: '/api/records/{id}/audit', operationId: 'getRecordAudit',
      summary: 'The record\'s action audit (who did what, before and after), newest first', tag: 'actions',
      params: IdParams, query: PageQuery, body: NO_BODY,
      responses: { 200: { description: 'A page of audit entries', schema: AuditPage }, 400: commonProblems[400], 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params, query }) => {
        const page = await s.actions.auditOf(caller, params.id, { limit: query.limit, continuation: query.continuation });
        const people = new Map((await s.directory.getUsers(caller.tenantId, [...new Set(page.items.map((e) => e.actorId))])).map((u) => [u.id, u.displayName]));
        return json(200, {
          items: page.items.map((e) => ({
            id: e.id, at: e.at, action: e.path, actor: { id: e.actorId, displayName: people.get(e.actorId) ?? (e.actorId === 'casebridge' ? 'Casebridge' : e.actorId) },
            oldValue: e.oldValue ?? null, newValue: e.newValue ?? null,
          })),
          continuation: page.continuation,
        });
      },
    }),
  ];
}
