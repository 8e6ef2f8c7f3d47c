/**
 * The record actions of H3 as the tab calls them (`POST /api/records/{id}/assign` …): each answers
 * the record with its new ETag; split answers the new case.
 */
import type { ApiClient } from '../../api/client';
import type { RequestBody, ServiceRecord } from '../../api/types';

export type AssignBody = RequestBody<'/api/records/{id}/assign', 'post'>;
export type TransferBody = RequestBody<'/api/records/{id}/transfer', 'post'>;
export type SplitBody = RequestBody<'/api/records/{id}/split', 'post'>;

/** The actions that need no body. */
export type SimpleAction = 'accept' | 'close' | 'reopen';

const seg = encodeURIComponent;

async function post(api: ApiClient, id: string, action: string, etag: string | null, body?: unknown): Promise<ServiceRecord> {
  const result = await api.send<ServiceRecord>(`/api/records/${seg(id)}/${action}`, {
    method: 'POST',
    ...(etag !== null ? { ifMatch: etag } : {}),
    ...(body !== undefined ? { body } : {}),
  });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}

/**
 * Accept, close or reopen; accept sends If-Match too, so a stale page is told rather than surprised.
 * J2: `onBehalfOf` accepts or closes for a delegator (reopen is never done for someone).
 */
export function runSimple(api: ApiClient, id: string, action: SimpleAction, etag: string, onBehalfOf?: string): Promise<ServiceRecord> {
  return post(api, id, action, etag, onBehalfOf !== undefined && action !== 'reopen' ? { onBehalfOf } : undefined);
}

export function assignRecord(api: ApiClient, id: string, etag: string, body: AssignBody): Promise<ServiceRecord> {
  return post(api, id, 'assign', etag, body);
}

export function transferRecord(api: ApiClient, id: string, etag: string, body: TransferBody): Promise<ServiceRecord> {
  return post(api, id, 'transfer', etag, body);
}

export function postponeRecord(api: ApiClient, id: string, etag: string, until: string): Promise<ServiceRecord> {
  return post(api, id, 'postpone', etag, { until });
}

/** Split: answers the new case. */
export async function splitRecord(api: ApiClient, id: string, etag: string, body: SplitBody): Promise<ServiceRecord> {
  const result = await api.send<ServiceRecord>(`/api/records/${seg(id)}/split`, { method: 'POST', ifMatch: etag, body });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}
