/**
 * A record's conversations (H4) with their messages and attachments, and phone intake (H1): an
 * agent registers a call, which becomes a case with a `phone` conversation.
 */
import type { Caller } from '../../domain/access/access';
import type { ConversationMessage } from '../../domain/conversations/conversation';
import type { ConversationThread } from '../../domain/conversations/conversation-service';
import { AttachmentParams, ConversationList, PhoneCallCreate } from '../conversation-schemas';
import { HttpProblem } from '../problem';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { IdParams, RecordView } from '../schemas';
import type { ApiServices } from '../services';
import { commonProblems, IDEMPOTENCY_KEY } from './records';
import { presentRecord } from '../presenters';
import { toHttpEtag } from '../etag';

/** A message as the API shows it (also the answer of the compose routes). */
export function presentMessage(recordId: string, m: ConversationMessage, flagged = false) {
  const author = m.author.kind === 'person' ? { kind: 'person' as const, id: m.author.personId, name: m.author.name }
    : m.author.kind === 'user' ? { kind: 'user' as const, id: m.author.userId, name: m.author.name }
      : { kind: 'system' as const, id: null, name: 'Casebridge' };
  return {
    id: m.id, direction: m.direction, visibility: m.visibility, author, from: m.from, to: m.to, cc: m.cc, subject: m.subject,
    text: m.text, visibleText: m.visibleText, html: m.html,
    attachments: m.attachments.map((a) => ({
      id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, inline: a.inline,
      url: `/api/records/${encodeURIComponent(recordId)}/conversations/${encodeURIComponent(m.conversationId)}/messages/${encodeURIComponent(m.id)}/attachments/${a.id}`,
    })),
    mail: m.mail ? { messageId: m.mail.messageId, inReplyTo: m.mail.inReplyTo } : null,
    automatic: m.automatic,
    delivery: m.delivery ? { state: m.delivery.state, attempts: m.delivery.attempts, lastError: m.delivery.lastError, sentAt: m.delivery.sentAt } : null,
    purpose: m.purpose, createdAt: m.createdAt,
    edits: (m.edits ?? []).map((e) => ({ at: e.at, userId: e.userId, userName: e.userName, field: e.field, from: e.from, to: e.to })),
    flagged,
  };
}

async function presentThreads(s: ApiServices, caller: Caller, recordId: string, threads: ConversationThread[]) {
  const ownerIds = [...new Set(threads.flatMap((t) => (t.conversation.value.ownerId ? [t.conversation.value.ownerId] : [])))];
  const personIds = [...new Set(threads.flatMap((t) => (t.conversation.value.personId ? [t.conversation.value.personId] : [])))];
  const [owners, people, flagged] = await Promise.all([s.directory.getUsers(caller.tenantId, ownerIds), s.peopleRepository.getPeople(caller.tenantId, personIds), s.marks.flaggedIn(caller, recordId)]);
  const ownerOf = new Map(owners.map((u) => [u.id, u.displayName]));
  const personOf = new Map(people.map((p) => [p.id, p]));
  return threads.map(({ conversation: { value: c }, messages }) => {
    const person = c.personId ? personOf.get(c.personId) : undefined;
    return {
      id: c.id, channel: c.channel, ticketId: c.ticketId, status: c.status,
      owner: c.ownerId ? { id: c.ownerId, displayName: ownerOf.get(c.ownerId) ?? c.ownerId } : null,
      subject: c.subject, person: person ? { id: person.id, name: person.name, email: person.email } : null, mailbox: c.mailbox,
      createdAt: c.createdAt, lastMessageAt: c.lastMessageAt,
      messages: messages.map((m) => presentMessage(recordId, m, flagged.has(m.id))),
    };
  });
}

export function conversationRoutes(s: ApiServices): Route[] {
  return [
    userRoute({
      method: 'get', path: '/api/records/{id}/conversations', operationId: 'listConversations',
      summary: 'The record\'s conversations (e-mail threads, web form, phone) with their messages, oldest message first', tag: 'conversations',
      params: IdParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Conversations', schema: ConversationList }, 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params }) => {
        const threads = await s.conversations.listForRecord(caller, params.id);
        return json(200, { items: await presentThreads(s, caller, params.id, threads) });
      },
    }),
    userRoute({
      method: 'get', path: '/api/records/{id}/conversations/{conversationId}/messages/{messageId}/attachments/{attachmentId}', operationId: 'getAttachment',
      summary: 'Download an attachment of a message (read access to the record required)', tag: 'conversations',
      params: AttachmentParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The file', contentType: 'application/octet-stream' }, 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params }) => {
        const file = await s.conversations.attachment(caller, params.id, params.conversationId, params.messageId, params.attachmentId);
        if (!file) throw new HttpProblem(404, 'error.attachmentNotFound');
        const name = file.filename.replace(/["\\\r\n]/g, '_');
        return {
          status: 200, body: file.content,
          headers: {
            // Never rendered inline by the browser: a received file is the sender's content.
            'content-type': 'application/octet-stream',
            'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          },
        };
      },
    }),
    userRoute({
      method: 'post', path: '/api/intake/phone', operationId: 'registerPhoneCall',
      summary: 'Register a phone call: the caller is found by id, e-mail or phone number (or created), and the call becomes a case with a phone conversation', tag: 'conversations',
      params: NO_PARAMS, query: NO_PARAMS, body: PhoneCallCreate,
      requestHeaders: [{ name: 'Idempotency-Key', required: false, description: 'A key you choose per call (8–100 letters, digits, . _ : -); a retry with it never makes a second case.' }],
      responses: { 201: { description: 'The new case', schema: RecordView }, ...commonProblems },
      handle: async ({ caller, body, headers }) => {
        const key = headers['idempotency-key'];
        if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) throw new HttpProblem(400, 'error.idempotencyKey.record');
        const record = await s.phone.register(caller, { personId: body.personId, caller: body.caller, subject: body.subject, notes: body.notes, recordType: body.type }, typeof key === 'string' ? key : undefined);
        const [details] = await s.details.describe(caller, [record]);
        if (!details) throw new Error('describe returned nothing');
        const view = { ...presentRecord(details, s.publicUrl, s.teamsAppId), etag: toHttpEtag(record.etag) };
        return json(201, view, { etag: view.etag, location: `/api/records/${view.id}` });
      },
    }),
  ];
}
