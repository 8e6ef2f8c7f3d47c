/** The queue endpoints (H2) the "My work" view and the record page use. */
import type { ApiClient } from '../../api/client';
import type { Page, ResponseBody, ServiceRecord } from '../../api/types';

/** `GET /api/queues`: each view's count and each of my teams. */
export type QueueCounts = ResponseBody<'/api/queues', 'get'>;
export type QueueView = QueueCounts['views'][number]['view'];

const seg = encodeURIComponent;

export function getQueueCounts(api: ApiClient, signal?: AbortSignal): Promise<QueueCounts> {
  return api.get<QueueCounts>('/api/queues', undefined, signal);
}

/** One page of a view (`teamId` narrows the team view to one team). */
export function listQueue(api: ApiClient, view: QueueView, query: { teamId?: string | undefined; limit: number; continuation?: string | undefined }, signal?: AbortSignal): Promise<Page<ServiceRecord>> {
  return api.get<Page<ServiceRecord>>(`/api/queues/${seg(view)}`, { ...query }, signal);
}

/** `POST /api/queues/next`: the case it gave me (a 404 problem when the queue is empty). */
export async function takeNextCase(api: ApiClient, teamId?: string): Promise<ServiceRecord> {
  const result = await api.send<ServiceRecord>('/api/queues/next', { method: 'POST', body: teamId === undefined ? {} : { teamId } });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}

/** `PUT|DELETE /api/records/{id}/favorite`. */
export async function setFavorite(api: ApiClient, recordId: string, on: boolean): Promise<void> {
  await api.send<unknown>(`/api/records/${seg(recordId)}/favorite`, { method: on ? 'PUT' : 'DELETE' });
}
