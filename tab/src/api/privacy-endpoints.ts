/** The J4/J5 API: hide a timeline entry for yourself only, and your own private notes. */
import type { ApiClient } from './client';
import type { ResponseBody } from './types';

const seg = encodeURIComponent;

/** A private note as its author gets it. */
export type PrivateNote = ResponseBody<'/api/records/{id}/notes/private', 'get'>['items'][number];

/** `PUT|DELETE /api/records/{id}/timeline/{entryId}/hidden`: hides the entry for you only, or shows it again. */
export async function setEntryHidden(api: ApiClient, recordId: string, entryId: string, hidden: boolean): Promise<void> {
  await api.send<null>(`/api/records/${seg(recordId)}/timeline/${seg(entryId)}/hidden`, { method: hidden ? 'PUT' : 'DELETE' });
}

/** `POST /api/records/{id}/notes` with `private: true`: a note only you ever see (no ETag needed); `key` makes a retry safe. */
export async function addPrivateNote(api: ApiClient, recordId: string, text: string, key: string): Promise<PrivateNote> {
  const result = await api.send<{ privateNote: PrivateNote }>(`/api/records/${seg(recordId)}/notes`, { method: 'POST', body: { text, private: true }, headers: { 'Idempotency-Key': key } });
  return result.body.privateNote;
}

/** `DELETE /api/records/{id}/notes/private/{noteId}`: deletes one of your own private notes. */
export async function deletePrivateNote(api: ApiClient, recordId: string, noteId: string): Promise<void> {
  await api.send<null>(`/api/records/${seg(recordId)}/notes/private/${seg(noteId)}`, { method: 'DELETE' });
}
