/** Suggested contacts (G1–G3): `GET /api/records/{id}/suggestions`. */
import type { ApiClient } from './client';
import type { ResponseBody } from './types';

/** The suggestions of a record, best first. */
export type Suggestions = ResponseBody<'/api/records/{id}/suggestions', 'get'>;
/** One suggested person with their reasons. */
export type Suggestion = Suggestions['items'][number];
/** Why a person is suggested. */
export type SuggestionReason = Suggestion['reasons'][number];

/** `GET /api/records/{id}/suggestions` — with `chatId`, that chat's members are left out. */
export async function getSuggestions(api: ApiClient, recordId: string, signal?: AbortSignal, chatId?: string): Promise<Suggestion[]> {
  const path = `/api/records/${encodeURIComponent(recordId)}/suggestions`;
  const body = await api.get<Suggestions>(path, chatId ? { chatId } : undefined, signal);
  return body.items;
}
