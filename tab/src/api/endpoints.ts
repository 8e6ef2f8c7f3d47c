/** One typed function per Casebridge API endpoint the tab uses. */
import type { ApiClient, Tagged } from './client';
import type {
  ClientConfig,
  CompanyDetail,
  DevToken,
  DirectoryUser,
  DevUser,
  Me,
  Page,
  RecordPatch,
  RecordQuery,
  RecordType,
  ServiceRecord,
  SettingsAuditEntry,
  SettingsDocument,
  SettingsPatch,
  Team,
} from './types';

const seg = encodeURIComponent;

/** `GET /api/config` — anonymous. */
export function getClientConfig(api: ApiClient): Promise<ClientConfig> {
  return api.get<ClientConfig>('/api/config');
}

/** `GET /dev/users` — anonymous, local mode only. */
export async function getDevUsers(api: ApiClient): Promise<DevUser[]> {
  const body = await api.get<{ users: DevUser[] }>('/dev/users');
  return body.users;
}

/** `POST /dev/token` — anonymous, local mode only. */
export async function createDevToken(api: ApiClient, userId: string): Promise<DevToken> {
  const result = await api.send<DevToken>('/dev/token', { method: 'POST', body: { userId } });
  return result.body;
}

export function getMe(api: ApiClient, signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/api/me', undefined, signal);
}

export async function getRecordTypes(api: ApiClient, signal?: AbortSignal): Promise<RecordType[]> {
  const body = await api.get<Page<RecordType>>('/api/record-types', undefined, signal);
  return body.items;
}

export function listRecords(api: ApiClient, query: RecordQuery, signal?: AbortSignal): Promise<Page<ServiceRecord>> {
  return api.get<Page<ServiceRecord>>('/api/records', { ...query }, signal);
}

/** The record with its ETag (from the header, else from the body). */
export async function getRecord(api: ApiClient, id: string, signal?: AbortSignal): Promise<ServiceRecord> {
  const result = await api.send<ServiceRecord>(`/api/records/${seg(id)}`, signal === undefined ? {} : { signal });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}

export async function patchRecord(api: ApiClient, id: string, etag: string, patch: RecordPatch): Promise<ServiceRecord> {
  const result = await api.send<ServiceRecord>(`/api/records/${seg(id)}`, { method: 'PATCH', ifMatch: etag, body: patch });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}

/** `GET /api/users` — users of the tenant whose name or e-mail contains the words of `q`. */
export async function searchUsers(api: ApiClient, q: string, limit: number, signal?: AbortSignal): Promise<DirectoryUser[]> {
  const body = await api.get<{ items: DirectoryUser[] }>('/api/users', { q, limit }, signal);
  return body.items;
}

/** `GET /api/teams` — the teams that can own records, by name. */
export async function listTeams(api: ApiClient, signal?: AbortSignal): Promise<Team[]> {
  const body = await api.get<{ items: Team[] }>('/api/teams', undefined, signal);
  return body.items;
}

/** `GET /api/companies/{id}` — the company with its people and their cases (A2). */
export function getCompany(api: ApiClient, id: string, signal?: AbortSignal): Promise<CompanyDetail> {
  return api.get<CompanyDetail>(`/api/companies/${seg(id)}`, undefined, signal);
}

function withEtag(result: Tagged<SettingsDocument>): SettingsDocument {
  return { ...result.body, etag: result.etag ?? result.body.etag };
}

export async function getSettings(api: ApiClient, type: string, signal?: AbortSignal): Promise<SettingsDocument> {
  return withEtag(await api.send<SettingsDocument>(`/api/settings/${seg(type)}`, signal === undefined ? {} : { signal }));
}

export async function patchSettings(
  api: ApiClient,
  type: string,
  etag: string,
  patch: SettingsPatch,
): Promise<SettingsDocument> {
  return withEtag(
    await api.send<SettingsDocument>(`/api/settings/${seg(type)}`, { method: 'PATCH', ifMatch: etag, body: patch }),
  );
}

export function getSettingsAudit(
  api: ApiClient,
  type: string,
  continuation: string | undefined,
  signal?: AbortSignal,
): Promise<Page<SettingsAuditEntry>> {
  return api.get<Page<SettingsAuditEntry>>(`/api/settings/${seg(type)}/audit`, { continuation }, signal);
}
