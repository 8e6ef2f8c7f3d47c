/** /api/queues and the per-user marks (H2): queue views with counts, "get next", favorites, flags. */
import { z } from 'zod';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { Id, IdParams, PageQuery, Problem, RecordPage, RecordView } from '../schemas';
import { presentRecord } from '../presenters';
import { toHttpEtag } from '../etag';
import type { ApiServices } from '../services';
import { commonProblems } from './records';
import { QUEUE_VIEWS } from '../../domain/queues/queue-rules';
import type { Caller } from '../../domain/access/access';
import type { ServiceRecord } from '../../domain/records/record';
import type { Versioned } from '../../domain/shared/types';

const QueueCountsView = z.object({
  views: z.array(z.object({ view: z.enum(QUEUE_VIEWS), count: z.number().int() })),
  teams: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
});
const ViewParams = z.object({ view: z.enum(QUEUE_VIEWS) });
const ViewQuery = PageQuery.extend({ teamId: Id.optional() });
const NextBody = z.union([z.undefined(), z.object({ teamId: Id.optional() }).strict()]).transform((b) => b ?? {});
const MessageParams = z.object({ id: Id, messageId: Id });
const emptyQueue = { 404: { description: 'No unassigned open case in your teams', schema: Problem, contentType: 'application/problem+json' } };

/** A page of records as GET /api/records answers it. */
async function presentPage(s: ApiServices, caller: Caller, page: { items: Array<Versioned<ServiceRecord>>; continuation: string | null }) {
  const details = await s.details.describe(caller, page.items);
  return { items: details.map((d) => ({ ...presentRecord(d, s.publicUrl, s.teamsAppId), etag: toHttpEtag(d.etag) })), continuation: page.continuation };
}

export function queueRoutes(s: ApiServices): Route[] {
  const mark = (method: 'put' | 'delete', path: string, operationId: string, summary: string, apply: (caller: Caller, params: { id: string; messageId?: string }) => Promise<void>, params: z.ZodType<{ id: string; messageId?: string }>) =>
    userRoute({
      method, path, operationId, summary, tag: 'queues', params, query: NO_PARAMS, body: NO_BODY,
      responses: { 204: { description: 'Done' }, ...commonProblems },
      handle: async ({ caller, params: p }) => {
        await apply(caller, p);
        return { status: 204 };
      },
    });
  return [
    userRoute({
      method: 'get', path: '/api/queues', operationId: 'queueCounts', tag: 'queues',
      summary: 'The queue views with their counts (mine, unassigned, team, favorites, flagged) and each of your teams',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Counts', schema: QueueCountsView }, ...commonProblems },
      handle: async ({ caller }) => json(200, await s.queues.counts(caller)),
    }),
    userRoute({
      method: 'post', path: '/api/queues/next', operationId: 'takeNextCase', tag: 'queues',
      summary: 'Take the oldest unassigned open case of your teams (or of one team): it becomes yours, atomically',
      params: NO_PARAMS, query: NO_PARAMS, body: NextBody,
      responses: { 200: { description: 'The case, now yours', schema: RecordView }, ...commonProblems, ...emptyQueue },
      handle: async ({ caller, body }) => {
        const taken = await s.queues.next(caller, body.teamId);
        const [details] = await s.details.describe(caller, [taken]);
        if (!details) throw new Error('describe returned nothing');
        const view = { ...presentRecord(details, s.publicUrl, s.teamsAppId), etag: toHttpEtag(taken.etag) };
        return json(200, view, { etag: view.etag });
      },
    }),
    userRoute({
      method: 'get', path: '/api/queues/{view}', operationId: 'queueView', tag: 'queues',
      summary: 'One queue view: mine (my open cases), unassigned, team (teamId: one of yours; else all of them), favorites, flagged',
      params: ViewParams, query: ViewQuery, body: NO_BODY,
      responses: { 200: { description: 'A page of cases', schema: RecordPage }, ...commonProblems },
      handle: async ({ caller, params, query }) =>
        json(200, await presentPage(s, caller, await s.queues.list(caller, params.view, { teamId: query.teamId, limit: query.limit, continuation: query.continuation }))),
    }),
    mark('put', '/api/records/{id}/favorite', 'addFavorite', 'Mark the record as your favorite', (caller, p) => s.marks.setFavorite(caller, p.id, true), IdParams),
    mark('delete', '/api/records/{id}/favorite', 'removeFavorite', 'Remove the record from your favorites', (caller, p) => s.marks.setFavorite(caller, p.id, false), IdParams),
    mark('put', '/api/records/{id}/messages/{messageId}/flag', 'flagMessage', 'Flag a message of the record (for you only)', (caller, p) => s.marks.setFlag(caller, p.id, p.messageId ?? '', true), MessageParams),
    mark('delete', '/api/records/{id}/messages/{messageId}/flag', 'unflagMessage', 'Remove your flag from a message', (caller, p) => s.marks.setFlag(caller, p.id, p.messageId ?? '', false), MessageParams),
  ];
}
