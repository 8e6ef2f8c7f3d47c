/** One typed function per Casebridge API endpoint the tab uses. */
import type { ApiClient, Tagged } from './client';
import type {
  ChannelRequest,
  ChatLanguages,
  ChatLanguagesPatch,
  ChatConnection,
  ChatPanelData,
  ClientConfig,
  CompanyDetail,
  Conversation,
  DevToken,
  DirectoryUser,
  DevUser,
  IntroPreview,
  JoinResult,
  Me,
  MyTeam,
  NewChatRequest,
  OtherChats,
  Page,
  PersonMatch,
  PhoneCallRequest,
  RecordPatch,
  RecordQuery,
  RecordType,
  ServiceRecord,
  SettingsAuditEntry,
  SettingsDocument,
  SettingsPatch,
  Team,
  TeamChannel,
  TimelineEntry,
  TranscriptMessage,
  TimelineQuery,
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

/** `GET /api/chat-languages` (admins). */
export async function getChatLanguages(api: ApiClient, signal?: AbortSignal): Promise<ChatLanguages> {
  const result = await api.send<ChatLanguages>('/api/chat-languages', signal === undefined ? {} : { signal });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}

/** `PATCH /api/chat-languages` (admins) with If-Match. */
export async function patchChatLanguages(api: ApiClient, etag: string, patch: ChatLanguagesPatch): Promise<ChatLanguages> {
  const result = await api.send<ChatLanguages>('/api/chat-languages', { method: 'PATCH', ifMatch: etag, body: patch });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}

export function getSettingsAudit(
  api: ApiClient,
  type: string,
  continuation: string | undefined,
  signal?: AbortSignal,
): Promise<Page<SettingsAuditEntry>> {
  return api.get<Page<SettingsAuditEntry>>(`/api/settings/${seg(type)}/audit`, { continuation }, signal);
}

// ---- Connected chats (C1–C7) ----

function chatsPath(recordId: string): string {
  return `/api/records/${seg(recordId)}/chats`;
}

/** `GET /api/records/{id}/chats` — the connected chats and channels, and whether chat actions are refused. */
export function getRecordChats(api: ApiClient, recordId: string, signal?: AbortSignal): Promise<ChatPanelData> {
  return api.get<ChatPanelData>(chatsPath(recordId), undefined, signal);
}

/** `GET /api/records/{id}/chats/others` — the user's chats connected elsewhere, then recent group chats. */
export function getOtherChats(api: ApiClient, recordId: string, signal?: AbortSignal): Promise<OtherChats> {
  return api.get<OtherChats>(`${chatsPath(recordId)}/others`, undefined, signal);
}

/** `POST /api/records/{id}/chats` — a retry must send the same idempotency key. */
export async function createConnectedChat(
  api: ApiClient,
  recordId: string,
  request: NewChatRequest,
  idempotencyKey: string,
): Promise<ChatConnection> {
  const result = await api.send<ChatConnection>(chatsPath(recordId), {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return result.body;
}

/** `POST /api/records/{id}/chats/connect` — 422 with an `offer` for a one-to-one chat. */
export async function connectChat(api: ApiClient, recordId: string, chatId: string): Promise<ChatConnection> {
  const result = await api.send<ChatConnection>(`${chatsPath(recordId)}/connect`, { method: 'POST', body: { chatId } });
  return result.body;
}

/** `DELETE /api/records/{id}/chats/{chatId}`. */
export async function disconnectChat(api: ApiClient, recordId: string, chatId: string): Promise<void> {
  await api.send<null>(`${chatsPath(recordId)}/${seg(chatId)}`, { method: 'DELETE' });
}

/** `POST /api/records/{id}/chats/{chatId}/members` — added with the whole history. */
export async function addChatMembers(api: ApiClient, recordId: string, chatId: string, memberIds: string[]): Promise<void> {
  await api.send<null>(`${chatsPath(recordId)}/${seg(chatId)}/members`, { method: 'POST', body: { memberIds } });
}

/** `GET /api/me/teams` — the Teams teams the user is in. */
export async function listMyTeams(api: ApiClient, signal?: AbortSignal): Promise<MyTeam[]> {
  const body = await api.get<{ items: MyTeam[] }>('/api/me/teams', undefined, signal);
  return body.items;
}

/** `GET /api/me/teams/{teamId}/channels`. */
export async function listTeamChannels(api: ApiClient, teamId: string, signal?: AbortSignal): Promise<TeamChannel[]> {
  const body = await api.get<{ items: TeamChannel[] }>(`/api/me/teams/${seg(teamId)}/channels`, undefined, signal);
  return body.items;
}

/** `POST /api/records/{id}/channels` — connect an existing channel or create a new one (C7). */
export async function connectChannel(api: ApiClient, recordId: string, request: ChannelRequest): Promise<ChatConnection> {
  const result = await api.send<ChatConnection>(`/api/records/${seg(recordId)}/channels`, { method: 'POST', body: request });
  return result.body;
}

/** `POST /api/records/{id}/chats/{chatId}/join` — 403 names the failing D1 `conditions`. */
export async function joinChat(api: ApiClient, recordId: string, chatId: string): Promise<JoinResult> {
  const result = await api.send<JoinResult>(`${chatsPath(recordId)}/${seg(chatId)}/join`, { method: 'POST' });
  return result.body;
}

// ---- Timeline (E1–E5) and the intro preview (B4) ----

/** A timeline page, with how many of the record's entries you hid (J4). */
export type TimelinePage = Page<TimelineEntry> & { hiddenCount: number };

/**
 * `GET /api/records/{id}/timeline` — a page, newest first. With `etag` it is a conditional GET:
 * null when nothing changed since (E3).
 */
export function getTimeline(
  api: ApiClient,
  recordId: string,
  query: TimelineQuery,
  etag: string | null,
  signal?: AbortSignal,
): Promise<Tagged<TimelinePage> | null> {
  return api.getIfChanged<TimelinePage>(`/api/records/${seg(recordId)}/timeline`, etag, {
    query: {
      limit: query.limit,
      kinds: query.kinds === undefined || query.kinds.length === 0 ? undefined : query.kinds.join(','),
      continuation: query.continuation,
      hidden: query.hidden === 'include' ? 'include' : undefined,
    },
    ...(signal === undefined ? {} : { signal }),
  });
}

/** `GET /api/records/{id}/chats/{chatId}/transcript` (E6) — a page, oldest first; 403 when the type keeps none. */
export function getTranscript(api: ApiClient, recordId: string, chatId: string, continuation: string | null, signal?: AbortSignal): Promise<Page<TranscriptMessage>> {
  return api.get<Page<TranscriptMessage>>(`${chatsPath(recordId)}/${seg(chatId)}/transcript`, { limit: 50, continuation: continuation ?? undefined }, signal);
}

/**
 * `GET /api/settings/{type}/intro-preview` (admins) — the intro card with these fields. `fields=`
 * is always sent, even empty: without it the service draws the saved fields.
 */
export function getIntroPreview(api: ApiClient, type: string, fields: readonly string[], signal?: AbortSignal): Promise<IntroPreview> {
  return api.get<IntroPreview>(`/api/settings/${seg(type)}/intro-preview?fields=${seg(fields.join(','))}`, undefined, signal);
}

// ---- Conversations and intake (H1, H4) ----

/** `GET /api/records/{id}/conversations` — the record's conversations, each with its messages oldest first. */
export async function getConversations(api: ApiClient, recordId: string, signal?: AbortSignal): Promise<Conversation[]> {
  const body = await api.get<{ items: Conversation[] }>(`/api/records/${seg(recordId)}/conversations`, undefined, signal);
  return body.items;
}

/** An attachment's bytes (its `url` from the conversation list; the record's read access is checked). */
export function downloadAttachment(api: ApiClient, url: string): Promise<Blob> {
  return api.blob(url);
}

/** `POST /api/intake/phone` — the new case; a retry must send the same idempotency key. */
export async function registerPhoneCall(api: ApiClient, request: PhoneCallRequest, idempotencyKey: string): Promise<ServiceRecord> {
  const result = await api.send<ServiceRecord>('/api/intake/phone', {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return { ...result.body, etag: result.etag ?? result.body.etag };
}

/** `GET /api/people?q=` — people whose name, e-mail or phone number matches. */
export async function searchPeople(api: ApiClient, q: string, limit: number, signal?: AbortSignal): Promise<PersonMatch[]> {
  const body = await api.get<{ items: PersonMatch[] }>('/api/people', { q, limit }, signal);
  return body.items;
}
