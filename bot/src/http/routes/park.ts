/**
 * J3 and J6 over HTTP: park a case for a delegator, pick it up, the delegated queue (my delegators'
 * open cases with a count per delegator and the cases I parked) and the cases parked for me.
 * If-Match is optional on park and pick-up (without it the current version is taken).
 */
import { z } from 'zod';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { Id, IdParams, PageQuery, PRECONDITION_PROBLEMS, Problem, RecordPage, RecordView } from '../schemas';
import { presentRecord } from '../presenters';
import { ifMatch, toHttpEtag } from '../etag';
import { commonProblems } from './records';
import type { Caller } from '../../domain/access/access';
import type { RecordDetailsService } from '../../domain/records/record-details';
import type { ServiceRecord } from '../../domain/records/record';
import type { Versioned } from '../../domain/shared/types';
import type { ParkService } from '../../domain/delegation/park';
import type { DelegatedQueueService } from '../../domain/delegation/delegated-queue';

export interface ParkRouteDeps {
  park: ParkService;
  queue: DelegatedQueueService;
  details: RecordDetailsService;
  publicUrl: string;
  teamsAppId: string | undefined;
}

const ParkBody = z.object({ forUserId: Id }).strict();
const DelegatedQuery = PageQuery.extend({ delegator: Id.optional() });
const DelegatedQueueView = RecordPage.extend({
  counts: z.array(z.object({ userId: z.string(), displayName: z.string(), count: z.number().int() })),
  parkedByMe: z.array(RecordView),
});
const OPTIONAL_IF_MATCH = { name: 'If-Match', required: false, description: 'Optional: the ETag you read; without it the current version is taken.' };
const conflict = { 409: { description: 'Parked already, closed, nothing parked, or picked up already', schema: Problem, contentType: 'application/problem+json' } };
const changed = { 200: { description: 'The case after the action (with its new ETag)', schema: RecordView }, ...commonProblems, ...PRECONDITION_PROBLEMS, ...conflict };

export function parkRoutes(d: ParkRouteDeps): Route[] {
  const views = async (caller: Caller, items: ReadonlyArray<Versioned<ServiceRecord>>) =>
    (await d.details.describe(caller, items)).map((x) => ({ ...presentRecord(x, d.publicUrl, d.teamsAppId), etag: toHttpEtag(x.etag) }));
  const answer = async (caller: Caller, item: Versioned<ServiceRecord>) => {
    const [body] = await views(caller, [item]);
    if (!body) throw new Error('describe returned nothing');
    return json(200, body, { etag: body.etag });
  };
  const etagOf = (headers: Parameters<typeof ifMatch>[0]) => (headers['if-match'] ? ifMatch(headers) : undefined);
  return [
    userRoute({
      method: 'post', path: '/api/records/{id}/park', operationId: 'parkRecord', tag: 'delegation',
      summary: 'J6: park the case for a delegator of yours (their case, or yours) to pick up; they are told in Teams',
      params: IdParams, query: NO_PARAMS, body: ParkBody, requestHeaders: [OPTIONAL_IF_MATCH], responses: changed,
      handle: async ({ caller, params, body, headers }) => answer(caller, await d.park.park(caller, params.id, etagOf(headers), body)),
    }),
    userRoute({
      method: 'post', path: '/api/records/{id}/pickup', operationId: 'pickUpRecord', tag: 'delegation',
      summary: 'J6: pick up a case parked for you: it becomes yours (a new case becomes active)',
      params: IdParams, query: NO_PARAMS, body: NO_BODY, requestHeaders: [OPTIONAL_IF_MATCH], responses: changed,
      handle: async ({ caller, params, headers }) => answer(caller, await d.park.pickUp(caller, params.id, etagOf(headers))),
    }),
    userRoute({
      method: 'get', path: '/api/queues/delegated', operationId: 'delegatedQueue', tag: 'queues',
      summary: "J3: your delegators' open cases (or one delegator's), recently changed first, with a count per delegator and the cases you parked",
      params: NO_PARAMS, query: DelegatedQuery, body: NO_BODY,
      responses: { 200: { description: 'A page of cases, the counts, the cases you parked', schema: DelegatedQueueView }, ...commonProblems },
      handle: async ({ caller, query }) => {
        const queue = await d.queue.list(caller, { delegator: query.delegator, limit: query.limit, continuation: query.continuation });
        const [items, parkedByMe] = await Promise.all([views(caller, queue.items), views(caller, queue.parkedByMe)]);
        return json(200, { items, continuation: queue.continuation, counts: queue.counts, parkedByMe });
      },
    }),
    userRoute({
      method: 'get', path: '/api/queues/parked', operationId: 'parkedQueue', tag: 'queues',
      summary: 'J6: the cases your delegates parked for you to pick up',
      params: NO_PARAMS, query: PageQuery, body: NO_BODY,
      responses: { 200: { description: 'A page of cases', schema: RecordPage }, ...commonProblems },
      handle: async ({ caller, query }) => {
        const page = await d.queue.parkedForMe(caller, { limit: query.limit, continuation: query.continuation });
        return json(200, { items: await views(caller, page.items), continuation: page.continuation });
      },
    }),
  ];
}
