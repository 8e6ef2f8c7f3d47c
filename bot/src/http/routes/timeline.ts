/** GET /api/records/{id}/timeline (E1, E2, E4): newest first, paged, filterable by kind. */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { PERSONAL_TIMELINE_KINDS, type PersonalTimelineKind } from '../../domain/delegation/personal-timeline';
import { chatOpenUrl } from '../presenters';
import { json, NO_BODY, userRoute, type Route } from '../route';
import { IdParams, PageQuery } from '../schemas';
import { commonProblems } from './records';
import type { ApiServices } from '../services';

const Kind = z.enum([
  'chatConnected', 'chatDisconnected', 'participantsAdded', 'memberJoined', 'lastMessage',
  'recordCreated', 'recordAssigned', 'statusChanged', 'recordClosed', 'recordReopened',
  'messageReceived', 'replySent', 'noteAdded', 'caseLinked',
  'recordAccepted', 'recordTransferred', 'recordPostponed', 'messageForwarded', 'messageEdited', 'caseSplit', 'chatSession',
  'recordParked', 'recordPickedUp',
  // J5: the reader's own private note (only ever in its author's timeline)
  'privateNote',
]) satisfies z.ZodType<PersonalTimelineKind>;
const Person = z.object({ id: z.string(), displayName: z.string() });

const TimelinePage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: Kind,
      at: z.string(),
      actor: Person.nullable(),
      chatId: z.string().nullable(),
      chatName: z.string().nullable(),
      userIds: z.array(z.string()),
      fromStatus: z.string().nullable(),
      toStatus: z.string().nullable(),
      connected: z.object({ by: Person, at: z.string() }).nullable(),
      /** Where "Open in Teams" goes for the entry's chat or channel (the sandbox's chat page in local mode); null when not known. */
      openUrl: z.string().nullable(),
      /** A last message's opening words (first 120 characters, plain text) where the record type keeps transcripts (E6); a privateNote's text (J5, yours only); else null. */
      text: z.string().nullable(),
      /** Message events (H1): the conversation and message, the channel, the subject, and the customer who wrote. */
      message: z
        .object({
          conversationId: z.string(),
          messageId: z.string(),
          channel: z.enum(['email', 'webform', 'phone', 'chat']),
          subject: z.string(),
          person: z.object({ id: z.string(), name: z.string() }).nullable(),
        })
        .nullable(),
      /** caseLinked, caseSplit: the other record's id. */
      linkedRecordId: z.string().nullable(),
      /** recordTransferred: the internal note to the new owner. */
      note: z.string().nullable(),
      /** recordPostponed, and the reopening when a postponement ended: until when (ISO). */
      until: z.string().nullable(),
      /** recordAssigned to a team: the team. */
      team: z.object({ id: z.string(), name: z.string() }).nullable(),
      /** J2: the person the actor acted for (the actor was their delegate); null when the actor acted for themself. */
      onBehalfOf: Person.nullable(),
      /** J4: whether you hid the entry (only with `hidden=include`; hidden entries are left out otherwise). */
      hidden: z.boolean(),
    }),
  ),
  continuation: z.string().nullable(),
  /** J4: how many of the record's entries you hid (shown with `hidden=include`). */
  hiddenCount: z.number().int(),
});

const TranscriptPage = z.object({
  items: z.array(z.object({ messageId: z.string(), fromUserId: z.string().nullable(), fromName: z.string(), text: z.string(), at: z.string(), editedAt: z.string().nullable() })),
  continuation: z.string().nullable(),
});

export function timelineRoutes(s: ApiServices): Route[] {
  return [
    userRoute({
      method: 'get', path: '/api/records/{id}/chats/{chatId}/transcript', operationId: 'getTranscript',
      summary: 'The kept text of a connected chat, oldest first (E6; only where the record type keeps transcripts)', tag: 'timeline',
      params: z.object({ id: IdParams.shape.id, chatId: z.string().regex(/^[A-Za-z0-9:@._=-]{1,200}$/) }), query: PageQuery, body: NO_BODY,
      responses: { 200: { description: 'Messages', schema: TranscriptPage }, 401: commonProblems[401], 403: commonProblems[403], 404: commonProblems[404] },
      handle: async ({ caller, params, query }) => {
        const page = await s.transcripts.read(caller, params.id, params.chatId, { limit: query.limit, continuation: query.continuation });
        return json(200, {
          items: page.items.map((m) => ({ messageId: m.messageId, fromUserId: m.fromUserId, fromName: m.fromName, text: m.text, at: m.at, editedAt: m.editedAt })),
          continuation: page.continuation,
        });
      },
    }),
    userRoute({
      method: 'get', path: '/api/records/{id}/timeline', operationId: 'getTimeline',
      summary: 'The record\'s timeline, newest first; `kinds` filters (comma-separated); the first page carries each chat\'s last message; entries you hid are left out (`hidden=include` shows them marked); your own private notes are merged in (kind privateNote, only ever yours)', tag: 'timeline',
      params: IdParams,
      query: PageQuery.extend({
        kinds: z.string().max(200).optional().transform((v, ctx) => {
          const kinds = (v ?? '').split(',').map((k) => k.trim()).filter(Boolean);
          const unknown = kinds.filter((k) => !(PERSONAL_TIMELINE_KINDS as readonly string[]).includes(k));
          if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: 'issue.unknownKinds', params: { kinds: unknown.join(', ') } });
          return kinds.filter((k): k is PersonalTimelineKind => (PERSONAL_TIMELINE_KINDS as readonly string[]).includes(k));
        }),
        /** J4: `include` answers the entries you hid too, marked `hidden: true`. */
        hidden: z.enum(['exclude', 'include']).default('exclude'),
      }),
      body: NO_BODY,
      requestHeaders: [{ name: 'If-None-Match', required: false, description: 'The ETag of the page you have: 304 when nothing changed (E3: poll cheaply).' }],
      responses: {
        200: { description: 'A page of the timeline', schema: TimelinePage },
        304: { description: 'Unchanged since the ETag you sent' },
        400: commonProblems[400], 401: commonProblems[401], 404: commonProblems[404],
      },
      handle: async ({ caller, params, query, headers }) => {
        // J4/J5: the caller's own view: their hidden entries left out (or marked), their private notes merged in.
        const found = await s.personalTimeline.list(caller, params.id, { limit: query.limit, continuation: query.continuation }, query.kinds, query.hidden);
        const context = { mode: s.mode, tenantId: caller.tenantId, viewerId: caller.user.id };
        const page = {
          items: found.items.map(({ chatKind, teamId, ...item }) => ({
            ...item,
            onBehalfOf: item.onBehalfOf ?? null,
            openUrl: item.chatId && chatKind ? chatOpenUrl({ kind: chatKind, chatId: item.chatId, teamId, name: item.chatName }, context) : null,
          })),
          continuation: found.continuation,
          hiddenCount: found.hiddenCount,
        };
        // E3: an open timeline polls with If-None-Match; an unchanged page costs no body.
        const etag = `"${createHash('sha256').update(JSON.stringify(page)).digest('base64url').slice(0, 27)}"`;
        if (headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
        return json(200, page, { etag });
      },
    }),
  ];
}
