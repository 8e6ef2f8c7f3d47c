/**
 * J4/J5 routes: hide a timeline entry for yourself only (and show it again), and your own private
 * notes (list, delete). Writing one is `POST /api/records/{id}/notes` with `private: true` (compose.ts).
 */
import { z } from 'zod';
import type { PrivateNote } from '../../domain/delegation/private-notes';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { Id, IdParams, PageQuery } from '../schemas';
import type { ApiServices } from '../services';
import { commonProblems } from './records';

/** A private note as the API answers it (to its author only). */
export const PrivateNoteView = z.object({ id: z.string(), recordId: z.string(), text: z.string(), at: z.string() });

const PrivateNotePage = z.object({ items: z.array(PrivateNoteView), continuation: z.string().nullable() });
const EntryParams = z.object({ id: Id, entryId: Id });
const NoteParams = z.object({ id: Id, noteId: Id });

/** Only what the author needs; never the key's fingerprint. */
export function presentPrivateNote(note: PrivateNote): z.infer<typeof PrivateNoteView> {
  return { id: note.id, recordId: note.recordId, text: note.text, at: note.at };
}

export function privacyRoutes(s: ApiServices): Route[] {
  const hide = (method: 'put' | 'delete', operationId: string, summary: string, on: boolean) =>
    userRoute({
      method, path: '/api/records/{id}/timeline/{entryId}/hidden', operationId, summary, tag: 'timeline',
      params: EntryParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 204: { description: 'Done' }, 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params }) => {
        await s.personalTimeline.setHidden(caller, params.id, params.entryId, on);
        return { status: 204 };
      },
    });
  return [
    hide('put', 'hideTimelineEntry', 'Hide a timeline entry of the record for you only (others still see it); 404 when the entry is not on the record', true),
    hide('delete', 'showTimelineEntry', 'Show a timeline entry you hid again', false),
    userRoute({
      method: 'get', path: '/api/records/{id}/notes/private', operationId: 'listPrivateNotes', tag: 'compose',
      summary: 'Your own private notes on the record, newest first (J5: nobody else ever gets them)',
      params: IdParams, query: PageQuery, body: NO_BODY,
      responses: { 200: { description: 'Your private notes', schema: PrivateNotePage }, 400: commonProblems[400], 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params, query }) => {
        const page = await s.privateNotes.list(caller, params.id, { limit: query.limit, continuation: query.continuation });
        return json(200, { items: page.items.map(presentPrivateNote), continuation: page.continuation });
      },
    }),
    userRoute({
      method: 'delete', path: '/api/records/{id}/notes/private/{noteId}', operationId: 'deletePrivateNote', tag: 'compose',
      summary: 'Delete one of your own private notes (anyone else\'s answers 404)',
      params: NoteParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 204: { description: 'Deleted' }, 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params }) => {
        await s.privateNotes.delete(caller, params.id, params.noteId);
        return { status: 204 };
      },
    }),
  ];
}
