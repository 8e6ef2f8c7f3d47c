/** The compose API (H3): reply, forward, internal note, message edit, flags, reply templates. */
import type { ApiClient } from './client';
import type { ConversationMessage, RequestBody, ResponseBody } from './types';

const seg = encodeURIComponent;

export type ReplyRequest = RequestBody<'/api/records/{id}/reply', 'post'>;
export type ForwardRequest = RequestBody<'/api/records/{id}/forward', 'post'>;
export type MessagePatch = RequestBody<'/api/records/{id}/messages/{messageId}', 'patch'>;
export type AttachmentUpload = NonNullable<ReplyRequest['attachments']>[number];
export type ReplyTemplateList = ResponseBody<'/api/reply-templates', 'get'>;
export type ReplyTemplate = ReplyTemplateList['items'][number];
export type ReplyTemplateInput = RequestBody<'/api/reply-templates', 'post'>;
export type RenderedTemplate = ResponseBody<'/api/records/{id}/reply-templates/{templateId}/render', 'post'>;

/** A message written by an action, and the record's new ETag. */
export interface Composed {
  message: ConversationMessage;
  etag: string | null;
}

async function compose(api: ApiClient, path: string, etag: string, body: unknown, key?: string): Promise<Composed> {
  const result = await api.send<{ message: ConversationMessage }>(path, { method: 'POST', ifMatch: etag, body, ...(key === undefined ? {} : { headers: { 'Idempotency-Key': key } }) });
  return { message: result.body.message, etag: result.etag };
}

/** `POST /api/records/{id}/reply`; `key` makes a retry safe (never sent twice). */
export function sendReply(api: ApiClient, recordId: string, etag: string, body: ReplyRequest, key: string): Promise<Composed> {
  return compose(api, `/api/records/${seg(recordId)}/reply`, etag, body, key);
}

export function sendForward(api: ApiClient, recordId: string, etag: string, body: ForwardRequest, key: string): Promise<Composed> {
  return compose(api, `/api/records/${seg(recordId)}/forward`, etag, body, key);
}

export function addNote(api: ApiClient, recordId: string, etag: string, text: string, key: string): Promise<Composed> {
  return compose(api, `/api/records/${seg(recordId)}/notes`, etag, { text }, key);
}

export async function editMessage(api: ApiClient, recordId: string, messageId: string, etag: string, patch: MessagePatch): Promise<Composed> {
  const result = await api.send<{ message: ConversationMessage }>(`/api/records/${seg(recordId)}/messages/${seg(messageId)}`, { method: 'PATCH', ifMatch: etag, body: patch });
  return { message: result.body.message, etag: result.etag };
}

/** `PUT|DELETE /api/records/{id}/messages/{messageId}/flag` (per user). */
export async function setFlag(api: ApiClient, recordId: string, messageId: string, flagged: boolean): Promise<void> {
  await api.send<null>(`/api/records/${seg(recordId)}/messages/${seg(messageId)}/flag`, { method: flagged ? 'PUT' : 'DELETE' });
}

export function listReplyTemplates(api: ApiClient, signal?: AbortSignal): Promise<ReplyTemplateList> {
  return api.get<ReplyTemplateList>('/api/reply-templates', undefined, signal);
}

export async function renderReplyTemplate(api: ApiClient, recordId: string, templateId: string): Promise<RenderedTemplate> {
  return (await api.send<RenderedTemplate>(`/api/records/${seg(recordId)}/reply-templates/${seg(templateId)}/render`, { method: 'POST' })).body;
}

export async function saveReplyTemplate(api: ApiClient, input: ReplyTemplateInput, existing?: ReplyTemplate): Promise<ReplyTemplate> {
  const result = existing
    ? await api.send<ReplyTemplate>(`/api/reply-templates/${seg(existing.id)}`, { method: 'PUT', ifMatch: existing.etag, body: input })
    : await api.send<ReplyTemplate>('/api/reply-templates', { method: 'POST', body: input });
  return result.body;
}

export async function deleteReplyTemplate(api: ApiClient, template: ReplyTemplate): Promise<void> {
  await api.send<null>(`/api/reply-templates/${seg(template.id)}`, { method: 'DELETE', ifMatch: template.etag });
}
