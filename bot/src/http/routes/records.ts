/** /api/records: list and search, read, create, change (A1, A3, A4, A5). */
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { IF_MATCH, PRECONDITION_PROBLEMS, IdParams, Problem, RecordCreate, RecordListQuery, RecordPage, RecordPatch, RecordView } from '../schemas';
import { presentRecord } from '../presenters';
import { ifMatch, toHttpEtag } from '../etag';
import type { ApiServices } from '../services';
import { HttpProblem } from '../problem';
import { recordIdForKey } from '../../domain/records/record';

/** What an Idempotency-Key may look like. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

const problems = {
  400: { description: 'Invalid input', schema: Problem, contentType: 'application/problem+json' },
  401: { description: 'Missing or invalid token', schema: Problem, contentType: 'application/problem+json' },
  403: { description: 'Not allowed', schema: Problem, contentType: 'application/problem+json' },
  404: { description: 'No such record in your tenant, or not visible to you', schema: Problem, contentType: 'application/problem+json' },
};

/** Problem responses shared by most routes. */
export const commonProblems = problems;

export function recordRoutes(s: ApiServices): Route[] {
  const one = async (caller: Parameters<ApiServices['details']['describe']>[0], item: Awaited<ReturnType<ApiServices['records']['get']>>) => {
    const [details] = await s.details.describe(caller, [item]);
    if (!details) throw new Error('describe returned nothing');
    return { ...presentRecord(details, s.publicUrl, s.teamsAppId), etag: toHttpEtag(item.etag) };
  };
  return [
    userRoute({
      method: 'get',
      path: '/api/records',
      operationId: 'listRecords',
      summary: 'List and search the records you may read, most recently updated first; with q, best matches first (exact number, every word in the title, the rest)',
      tag: 'records',
      params: NO_PARAMS,
      query: RecordListQuery,
      body: NO_BODY,
      responses: { 200: { description: 'A page of records', schema: RecordPage }, ...problems },
      handle: async ({ caller, query }) => {
        const page = await s.search.search(
          caller,
          { q: query.q, type: query.type, status: query.status, ownerId: query.ownerId, number: query.number, personId: query.personId, companyId: query.companyId, teamId: query.teamId, priority: query.priority },
          { limit: query.limit, continuation: query.continuation },
        );
        const details = await s.details.describe(caller, page.items);
        return json(200, {
          items: details.map((d) => ({ ...presentRecord(d, s.publicUrl, s.teamsAppId), etag: toHttpEtag(d.etag) })),
          continuation: page.continuation,
        });
      },
    }),
    userRoute({
      method: 'get',
      path: '/api/records/{id}',
      operationId: 'getRecord',
      summary: 'Read one record (with its ETag); with If-None-Match, 304 when it has not changed',
      tag: 'records',
      params: IdParams,
      query: NO_PARAMS,
      body: NO_BODY,
      requestHeaders: [{ name: 'If-None-Match', required: false, description: 'The ETag of the record you have: 304 when it has not changed (an open record page polls cheaply).' }],
      responses: { 200: { description: 'The record', schema: RecordView }, 304: { description: 'Unchanged since the ETag you sent' }, ...problems },
      handle: async ({ caller, params, headers }) => {
        const item = await s.records.get(caller, params.id);
        // An open record page polls: an unchanged record costs its one point read and no body.
        const etag = toHttpEtag(item.etag);
        if (headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
        const [view, favorite] = await Promise.all([one(caller, item), s.marks.isFavorite(caller, item.value.id)]);
        return json(200, { ...view, favorite }, { etag: view.etag });
      },
    }),
    userRoute({
      method: 'post',
      path: '/api/records',
      operationId: 'createRecord',
      summary: 'Create a record; it gets the next number of its type. With an Idempotency-Key, a retry answers with the record the first try created',
      tag: 'records',
      params: NO_PARAMS,
      query: NO_PARAMS,
      body: RecordCreate,
      requestHeaders: [{ name: 'Idempotency-Key', required: false, description: 'A key you choose per new record (8–100 letters, digits, . _ : -); a retry with it never makes a second record.' }],
      responses: { 201: { description: 'Created', schema: RecordView }, ...problems },
      handle: async ({ caller, body, headers }) => {
        const key = headers['idempotency-key'];
        if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) throw new HttpProblem(400, 'error.idempotencyKey.record');
        const id = typeof key === 'string' ? recordIdForKey(caller.tenantId, caller.user.id, key) : undefined;
        const view = await one(caller, await s.records.create(caller, body, { id }));
        return json(201, view, { etag: view.etag, location: `/api/records/${view.id}` });
      },
    }),
    userRoute({
      method: 'patch',
      path: '/api/records/{id}',
      operationId: 'updateRecord',
      summary: 'Change a record; If-Match must carry the ETag you read',
      tag: 'records',
      params: IdParams,
      query: NO_PARAMS,
      body: RecordPatch,
      requestHeaders: [IF_MATCH],
      responses: {
        200: { description: 'The changed record', schema: RecordView },
        ...problems,
        ...PRECONDITION_PROBLEMS,
      },
      handle: async ({ caller, params, body, headers }) => {
        const view = await one(caller, await s.records.update(caller, params.id, ifMatch(headers), body));
        return json(200, view, { etag: view.etag });
      },
    }),
  ];
}
