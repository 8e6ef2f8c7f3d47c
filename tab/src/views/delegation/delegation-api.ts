/** J1's endpoints the delegation page and the policy settings use. */
import type { ApiClient } from '../../api/client';
import type { Page, RequestBody, ResponseBody } from '../../api/types';

/** `GET /api/me/delegates` (and delegators): the people and the limit (15). */
export type DelegationList = ResponseBody<'/api/me/delegates', 'get'>;
export type DelegationPerson = DelegationList['items'][number];
/** `GET /api/settings/delegation`: the policy, its ETag and the tenant's roles. */
export type DelegationPolicyView = ResponseBody<'/api/settings/delegation', 'get'>;
export type DelegationPolicy = RequestBody<'/api/settings/delegation', 'put'>;
export type DelegationAuditEntry = ResponseBody<'/api/settings/delegation/audit', 'get'>['items'][number];

const seg = encodeURIComponent;

export function getDelegates(api: ApiClient, signal?: AbortSignal): Promise<DelegationList> {
  return api.get<DelegationList>('/api/me/delegates', undefined, signal);
}

export function getDelegators(api: ApiClient, signal?: AbortSignal): Promise<DelegationList> {
  return api.get<DelegationList>('/api/me/delegators', undefined, signal);
}

/** `POST /api/me/delegates`: the person as added (201) or as they already were (200). */
export async function addDelegate(api: ApiClient, userId: string): Promise<DelegationPerson> {
  return (await api.send<DelegationPerson>('/api/me/delegates', { method: 'POST', body: { userId } })).body;
}

export async function removeDelegate(api: ApiClient, userId: string): Promise<void> {
  await api.send<unknown>(`/api/me/delegates/${seg(userId)}`, { method: 'DELETE' });
}

export function getDelegationPolicy(api: ApiClient, signal?: AbortSignal): Promise<DelegationPolicyView> {
  return api.get<DelegationPolicyView>('/api/settings/delegation', undefined, signal);
}

export async function putDelegationPolicy(api: ApiClient, policy: DelegationPolicy, etag: string): Promise<DelegationPolicyView> {
  return (await api.send<DelegationPolicyView>('/api/settings/delegation', { method: 'PUT', body: policy, ifMatch: etag })).body;
}

export function getDelegationAudit(api: ApiClient, continuation?: string, signal?: AbortSignal): Promise<Page<DelegationAuditEntry>> {
  return api.get<Page<DelegationAuditEntry>>('/api/settings/delegation/audit', continuation === undefined ? undefined : { continuation }, signal);
}
