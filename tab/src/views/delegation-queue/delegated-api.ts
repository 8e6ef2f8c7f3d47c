/** The J3/J6 endpoints the tab uses: the delegated queue, the cases parked for me, park and pick up. */
import type { ApiClient } from '../../api/client';
import type { Page, ResponseBody, ServiceRecord } from '../../api/types';

/** `GET /api/queues/delegated`: a page of my delegators' open cases, the counts per delegator, the cases I parked. */
export type DelegatedQueue = ResponseBody<'/api/queues/delegated', 'get'>;
export type DelegatorCount = DelegatedQueue['counts'][number];

const seg = encodeURIComponent;

export function getDelegatedQueue(api: ApiClient, query: { delegator?: string | undefined; limit: number; continuation?: string | undefined }, signal?: AbortSignal): Promise<DelegatedQueue> {
  return api.get<DelegatedQueue>('/api/queues/delegated', { ...query }, signal);
}

/** `GET /api/queues/parked`: the cases my delegates parked for me. */
export function getParkedForMe(api: ApiClient, query: { limit: number; continuation?: string | undefined }, signal?: AbortSignal): Promise<Page<ServiceRecord>> {
  return api.get<Page<ServiceRecord>>('/api/queues/parked', { ...query }, signal);
}

/** `POST /api/records/{id}/park` for a delegator of mine, on the version I read. */
export async function parkRecord(api: ApiClient, record: Pick<ServiceRecord, 'id' | 'etag'>, forUserId: string): Promise<ServiceRecord> {
  const result = await api.send<ServiceRecord>(`/api/records/${seg(record.id)}/park`, { method: 'POST', body: { forUserId }, ifMatch: record.etag });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}

/** `POST /api/records/{id}/pickup`: the case parked for me becomes mine. */
export async function pickUpRecord(api: ApiClient, recordId: string): Promise<ServiceRecord> {
  const result = await api.send<ServiceRecord>(`/api/records/${seg(recordId)}/pickup`, { method: 'POST', body: {} });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}
