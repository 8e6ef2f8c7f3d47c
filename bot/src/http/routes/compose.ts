/**
 * H3 compose routes: reply, forward, internal note, message edit, and reply templates. Each
 * record-level write needs If-Match with the record's ETag and answers with its new one.
 */
import { z } from 'zod';
import type { ConversationMessage } from '../../domain/conversations/conversation';
import { AttachmentsTooLargeError, COMPOSE_MAX_BODY_BYTES, type NewAttachment } from '../../domain/compose/attachment-limits';
import { PLACEHOLDERS, type ReplyTemplate } from '../../domain/compose/reply-template';
import { bodies } from '../../domain/compose/reply-template-service';
import type { Versioned } from '../../domain/shared/types';
import {
  AttachmentUpload, ComposedMessage, ForwardCreate, MessageParams, MessagePatch, NoteCreate, RenderedTemplateView, RenderParams, ReplyCreate,
  ReplyTemplateInput, ReplyTemplateList, ReplyTemplateView, TemplateParams,
} from '../compose-schemas';
import { ifMatch, toHttpEtag } from '../etag';
import { HttpProblem } from '../problem';
import { json, NO_BODY, NO_PARAMS, userRoute, type Reply, type Route } from '../route';
import { AuditPage, IF_MATCH, IdParams, PageQuery, PRECONDITION_PROBLEMS, Problem } from '../schemas';
import type { ApiServices } from '../services';
import { presentMessage } from './conversations';
import { commonProblems, IDEMPOTENCY_KEY } from './records';
import { presentPrivateNote, PrivateNoteView } from './privacy';

const TOO_LARGE = { 413: { description: 'The files of the message (new and forwarded together) are over the mail service\'s limit, which the problem names; nothing written', schema: Problem, contentType: 'application/problem+json' } };
const KEY_REUSED = { 422: { description: 'The Idempotency-Key was used before with another case or another body', schema: Problem, contentType: 'application/problem+json' } };
const IDEMPOTENCY_HEADER = { name: 'Idempotency-Key', required: false, description: 'A key you choose per message (8–100 letters, digits, . _ : -); a retry of the same request on the same case answers with the first message and never sends twice; the key with another case or body is a 422.' };
const WRITE_RESPONSES = { 201: { description: 'The new message; the record\'s new ETag in the ETag header', schema: ComposedMessage }, ...commonProblems, ...PRECONDITION_PROBLEMS, ...KEY_REUSED };

/** The files of a request, decoded (the schema has checked the base64 and the count). */
function decodeAttachments(files: ReadonlyArray<z.infer<typeof AttachmentUpload>>): NewAttachment[] {
  return files.map((f) => ({ filename: f.filename, contentType: f.contentType.toLowerCase(), content: Buffer.from(f.contentBase64.replace(/[\r\n]/g, ''), 'base64') }));
}

/** Runs a compose action; files over the provider's limit become a 413 naming it. */
async function sizeChecked<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof AttachmentsTooLargeError)) throw error;
    throw new HttpProblem(413, error.over.limit === 'bytes' ? 'compose.error.attachments.bytes' : 'compose.error.attachments.count', { max: error.over.max });
  }
}

function idempotencyKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const key = headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) throw new HttpProblem(400, 'compose.error.idempotencyKey');
  return key;
}

function messageReply(status: number, recordId: string, result: { message: ConversationMessage; record: Versioned<unknown> }): Reply {
  return json(status, { message: presentMessage(recordId, result.message) }, { etag: toHttpEtag(result.record.etag) });
}

function presentTemplate(t: Versioned<ReplyTemplate>) {
  return { id: t.value.id, name: t.value.name, texts: bodies(t.value.texts), updatedAt: t.value.updatedAt, updatedBy: t.value.updatedBy, etag: toHttpEtag(t.etag) };
}

/** If-Match is optional on templates; when given, it must be current. */
const optionalIfMatch = (headers: Record<string, string | string[] | undefined>) => (headers['if-match'] ? ifMatch(headers) : undefined);

export function composeRoutes(s: ApiServices): Route[] {
  return [
    userRoute({
      method: 'post', path: '/api/records/{id}/reply', operationId: 'replyToCustomer', tag: 'compose',
      summary: 'Reply to the case\'s customer by e-mail in the case\'s thread (a new e-mail thread for a phone or web-form case); new and active cases then wait for the customer; `onBehalfOf`: reply for a delegator of yours (From them, Sender you)',
      params: IdParams, query: NO_PARAMS, body: ReplyCreate, requestHeaders: [IF_MATCH, IDEMPOTENCY_HEADER], maxBodyBytes: COMPOSE_MAX_BODY_BYTES,
      responses: { ...WRITE_RESPONSES, ...TOO_LARGE },
      handle: async ({ caller, params, body, headers }) => {
        const attachments = decodeAttachments(body.attachments);
        const key = idempotencyKey(headers);
        const result = await sizeChecked(() => s.agentMessages.reply(caller, params.id, ifMatch(headers), { text: body.text, conversationId: body.conversationId, cc: body.cc, bcc: body.bcc, attachments, key, onBehalfOf: body.onBehalfOf }));
        return messageReply(201, params.id, result);
      },
    }),
    userRoute({
      method: 'post', path: '/api/records/{id}/forward', operationId: 'forwardMessages', tag: 'compose',
      summary: 'Forward one message (messageId) or the whole case to outside addresses, with the messages\' attachments, in the case\'s thread',
      params: IdParams, query: NO_PARAMS, body: ForwardCreate, requestHeaders: [IF_MATCH, IDEMPOTENCY_HEADER], maxBodyBytes: COMPOSE_MAX_BODY_BYTES,
      responses: { ...WRITE_RESPONSES, ...TOO_LARGE },
      handle: async ({ caller, params, body, headers, locale }) => {
        const attachments = decodeAttachments(body.attachments);
        const key = idempotencyKey(headers);
        const result = await sizeChecked(() => s.agentMessages.forward(caller, params.id, ifMatch(headers), { to: body.to, cc: body.cc, bcc: body.bcc, messageId: body.messageId, text: body.text, attachments, key, locale }));
        return messageReply(201, params.id, result);
      },
    }),
    userRoute({
      method: 'post', path: '/api/records/{id}/notes', operationId: 'addNote', tag: 'compose',
      summary: 'Add an internal note to the case (never sent, never in mail to the customer); `private: true` (J5): a note only you ever see, needing read access only and no If-Match, answered as `privateNote`',
      params: IdParams, query: NO_PARAMS, body: NoteCreate, requestHeaders: [{ ...IF_MATCH, required: false, description: 'The record\'s ETag (required for a shared note; ignored for a private one).' }, IDEMPOTENCY_HEADER],
      responses: { ...WRITE_RESPONSES, 201: { description: 'The new note (a shared note as `message` with the record\'s new ETag; a private one as `privateNote`)', schema: ComposedMessage.or(z.object({ privateNote: PrivateNoteView })) } },
      handle: async ({ caller, params, body, headers }) => {
        const key = idempotencyKey(headers);
        // J5: a private note never touches the record or its conversations: no ETag, no timeline, no audit.
        if (body.private) return json(201, { privateNote: presentPrivateNote(await s.privateNotes.add(caller, params.id, body.text, key)) });
        return messageReply(201, params.id, await s.agentMessages.note(caller, params.id, ifMatch(headers), { text: body.text, key }));
      },
    }),
    userRoute({
      method: 'patch', path: '/api/records/{id}/messages/{messageId}', operationId: 'editMessage', tag: 'compose',
      summary: 'Change a message: visibility and subject (administrators), an internal note\'s text (its author or an administrator); received text never changes; the history is kept',
      params: MessageParams, query: NO_PARAMS, body: MessagePatch, requestHeaders: [IF_MATCH],
      responses: { 200: { description: 'The changed message; the record\'s new ETag in the ETag header', schema: ComposedMessage }, ...commonProblems, ...PRECONDITION_PROBLEMS, 409: { description: 'Outgoing mail still being sent', schema: Problem, contentType: 'application/problem+json' } },
      handle: async ({ caller, params, body, headers }) => messageReply(200, params.id, await s.messageEdits.edit(caller, params.id, params.messageId, ifMatch(headers), body)),
    }),
    userRoute({
      method: 'get', path: '/api/reply-templates', operationId: 'listReplyTemplates', tag: 'compose',
      summary: 'The reply templates of your tenant, and the placeholders they may use',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Templates', schema: ReplyTemplateList }, 401: commonProblems[401] },
      handle: async ({ caller }) => json(200, { items: (await s.replyTemplates.list(caller)).map(presentTemplate), placeholders: PLACEHOLDERS.map((p) => `{{${p}}}`) }),
    }),
    userRoute({
      method: 'get', path: '/api/reply-templates/audit', operationId: 'getReplyTemplatesAudit', tag: 'compose',
      summary: 'Who created, changed or deleted which reply template, when, old and new (administrators), newest first',
      params: NO_PARAMS, query: PageQuery, body: NO_BODY,
      responses: { 200: { description: 'Audit entries, newest first', schema: AuditPage }, ...commonProblems },
      handle: async ({ caller, query }) => {
        const page = await s.replyTemplates.auditTrail(caller, { limit: query.limit, continuation: query.continuation });
        const actors = new Map((await s.directory.getUsers(caller.tenantId, [...new Set(page.items.map((e) => e.actorId))])).map((u) => [u.id, u]));
        return json(200, {
          items: page.items.map((e) => ({ id: e.id, at: e.at, actor: { id: e.actorId, displayName: actors.get(e.actorId)?.displayName ?? e.actorId }, path: e.path, oldValue: e.oldValue, newValue: e.newValue })),
          continuation: page.continuation,
        });
      },
    }),
    userRoute({
      method: 'post', path: '/api/reply-templates', operationId: 'createReplyTemplate', tag: 'compose',
      summary: 'Create a reply template (administrators); an unknown placeholder is a 400 naming the field',
      params: NO_PARAMS, query: NO_PARAMS, body: ReplyTemplateInput,
      responses: { 201: { description: 'Created', schema: ReplyTemplateView }, ...commonProblems },
      handle: async ({ caller, body }) => {
        const view = presentTemplate(await s.replyTemplates.create(caller, body));
        return json(201, view, { etag: view.etag, location: `/api/reply-templates/${view.id}` });
      },
    }),
    userRoute({
      method: 'put', path: '/api/reply-templates/{id}', operationId: 'replaceReplyTemplate', tag: 'compose',
      summary: 'Replace a reply template (administrators); If-Match optional',
      params: TemplateParams, query: NO_PARAMS, body: ReplyTemplateInput, requestHeaders: [{ ...IF_MATCH, required: false }],
      responses: { 200: { description: 'Replaced', schema: ReplyTemplateView }, ...commonProblems, 412: PRECONDITION_PROBLEMS[412] },
      handle: async ({ caller, params, body, headers }) => {
        const view = presentTemplate(await s.replyTemplates.update(caller, params.id, body, optionalIfMatch(headers)));
        return json(200, view, { etag: view.etag });
      },
    }),
    userRoute({
      method: 'delete', path: '/api/reply-templates/{id}', operationId: 'deleteReplyTemplate', tag: 'compose',
      summary: 'Delete a reply template (administrators); If-Match optional',
      params: TemplateParams, query: NO_PARAMS, body: NO_BODY, requestHeaders: [{ ...IF_MATCH, required: false }],
      responses: { 204: { description: 'Deleted' }, ...commonProblems, 412: PRECONDITION_PROBLEMS[412] },
      handle: async ({ caller, params, headers }) => {
        await s.replyTemplates.delete(caller, params.id, optionalIfMatch(headers));
        return { status: 204 };
      },
    }),
    userRoute({
      method: 'post', path: '/api/records/{id}/reply-templates/{templateId}/render', operationId: 'renderReplyTemplate', tag: 'compose',
      summary: 'A reply template filled for this case, in your language (else English, else what it has)',
      params: RenderParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The filled text', schema: RenderedTemplateView }, 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params, locale }) => json(200, await s.replyTemplates.render(caller, params.id, params.templateId, locale)),
    }),
  ];
}
