/**
 * The Bot Framework connector subset botbuilder's ConnectorClient calls to reply and to send
 * proactively, under /sandbox/connector/ (the serviceUrl of every activity the sandbox sends):
 * send, reply, update, delete an activity; list members (all, one, paged); create a conversation.
 * Answers `{ id }` like the real service; errors are `{ error: { code, message } }`.
 */
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Person } from './activities';
import { teamsUserId } from './activities';
import { deleteBotMessage, openPersonalChat, postBotMessage, updateBotMessage, type BotContent } from './bot-messages';
import { namesOf, type SandboxCore } from './core';
import { handle, param, queryOf, readBody, SandboxError, sendEmpty, sendJson } from './http';
import type { Conversation } from './model';
import { parseSkipToken, skipToken } from './odata';

export const CONNECTOR_PREFIX = '/sandbox/connector';

const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const AttachmentIn = z.object({
  contentType: z.string().min(1),
  content: z.unknown().optional(),
  contentUrl: opt(z.string()),
  name: opt(z.string()),
  thumbnailUrl: opt(z.string()),
});

const ActivityIn = z.object({
  type: z.string().min(1),
  id: opt(z.string()),
  text: opt(z.string()),
  textFormat: opt(z.string()),
  attachments: opt(z.array(AttachmentIn)),
  entities: opt(z.array(z.unknown())),
  summary: opt(z.string()),
  replyToId: opt(z.string()),
});
type ActivityIn = z.infer<typeof ActivityIn>;

const ConversationParameters = z.object({
  isGroup: opt(z.boolean()),
  bot: opt(z.object({ id: opt(z.string()) })),
  members: opt(z.array(z.object({ id: z.string().min(1), aadObjectId: opt(z.string()) }))),
  topicName: opt(z.string()),
  tenantId: opt(z.string()),
  activity: opt(ActivityIn),
  channelData: opt(z.object({ tenant: opt(z.object({ id: z.string() })), channel: opt(z.object({ id: z.string() })) })),
});

function contentOf(activity: ActivityIn): BotContent {
  if (!activity.text && (activity.attachments ?? []).length === 0) throw new SandboxError(400, 'BadArgument', 'The activity has neither text nor attachments.');
  return { text: activity.text ?? '', textFormat: activity.textFormat ?? 'plain', attachments: activity.attachments ?? [], entities: activity.entities, summary: activity.summary };
}

/** A TeamsChannelAccount, as GET members answers. */
function account(person: Person, tenantId: string): Record<string, unknown> {
  const [givenName = person.displayName, ...rest] = person.displayName.split(' ');
  return {
    id: teamsUserId(person.id), name: person.displayName, aadObjectId: person.id, givenName, surname: rest.join(' ') || null,
    email: person.email, userPrincipalName: person.email, tenantId, userRole: 'user',
  };
}

/** `29:<oid>` or a bare object id → the object id. */
const oidOf = (id: string): string => id.replace(/^29:/, '');

export function mountConnector(server: Server, core: SandboxCore): void {
  const P = `${CONNECTOR_PREFIX}/v3/conversations`;
  const route = (fn: (req: Request, res: Response) => Promise<void>) => handle(core.logger, false, fn);

  const conversationOf = (req: Request): Conversation => {
    const conversation = core.store.conversation(param(req, 'conversationId'));
    if (!conversation) throw new SandboxError(404, 'ConversationNotFound', 'Conversation not found.');
    return conversation;
  };
  const membersOf = async (conversation: Conversation): Promise<{ tenantId: string; people: Person[] }> => {
    const tenantId = conversation.kind === 'chat' ? conversation.chat.tenantId : conversation.team.tenantId;
    const ids = conversation.kind === 'chat' ? conversation.chat.members.map((m) => m.userId) : (conversation.channel.memberIds ?? conversation.team.memberIds);
    const names = await namesOf(core, tenantId, ids);
    return { tenantId, people: ids.flatMap((id) => names.get(id) ?? []) };
  };
  const send = async (req: Request, res: Response, replyToId: string | null): Promise<void> => {
    const conversation = conversationOf(req);
    const activity = await readBody(req, ActivityIn);
    if (activity.type !== 'message') {
      sendJson(res, 200, {}); // typing and other non-message activities leave no trace in the chat
      return;
    }
    const message = postBotMessage(core, conversation, contentOf(activity), replyToId ?? activity.replyToId ?? null);
    sendJson(res, 201, { id: message.id });
  };

  server.post(`${P}/:conversationId/activities`, route((req, res) => send(req, res, null)));
  server.post(`${P}/:conversationId/activities/:activityId`, route((req, res) => send(req, res, param(req, 'activityId'))));

  server.put(`${P}/:conversationId/activities/:activityId`, route(async (req, res) => {
    const conversation = conversationOf(req);
    const activity = await readBody(req, ActivityIn);
    const message = updateBotMessage(core, conversation, param(req, 'activityId'), contentOf(activity));
    sendJson(res, 200, { id: message.id });
  }));

  server.del(`${P}/:conversationId/activities/:activityId`, route(async (req, res) => {
    deleteBotMessage(core, conversationOf(req), param(req, 'activityId'));
    sendEmpty(res, 200);
  }));

  server.get(`${P}/:conversationId/members`, route(async (req, res) => {
    const { tenantId, people } = await membersOf(conversationOf(req));
    sendJson(res, 200, people.map((p) => account(p, tenantId)));
  }));

  server.get(`${P}/:conversationId/members/:memberId`, route(async (req, res) => {
    const { tenantId, people } = await membersOf(conversationOf(req));
    const wanted = oidOf(param(req, 'memberId')).toLowerCase();
    const person = people.find((p) => p.id.toLowerCase() === wanted || p.email?.toLowerCase() === wanted);
    if (!person) throw new SandboxError(404, 'MemberNotFoundInConversation', 'The member was not found in the conversation.');
    sendJson(res, 200, account(person, tenantId));
  }));

  server.get(`${P}/:conversationId/pagedmembers`, route(async (req, res) => {
    const { tenantId, people } = await membersOf(conversationOf(req));
    const q = queryOf(req);
    const size = Math.min(Math.max(Number(q.get('pageSize') ?? 200) || 200, 1), 500);
    const offset = parseSkipToken(q.get('continuationToken'));
    const page = people.slice(offset, offset + size).map((p) => account(p, tenantId));
    sendJson(res, 200, { members: page, ...(offset + size < people.length ? { continuationToken: skipToken(offset + size) } : {}) });
  }));

  server.post(P, route(async (req, res) => {
    const body = await readBody(req, ConversationParameters);
    const tenantId = body.channelData?.tenant?.id ?? body.tenantId;
    if (!tenantId) throw new SandboxError(400, 'BadArgument', 'A tenant id is required (channelData.tenant.id or tenantId).');
    const channelId = body.channelData?.channel?.id;
    if (channelId) {
      const conversation = core.store.conversation(channelId);
      if (!conversation || conversation.kind !== 'channel' || conversation.team.tenantId !== tenantId) throw new SandboxError(404, 'ConversationNotFound', 'Channel not found.');
      if (!body.activity) throw new SandboxError(400, 'BadArgument', 'A new channel conversation needs an activity.');
      const message = postBotMessage(core, conversation, contentOf(body.activity), null);
      sendJson(res, 201, { id: `${channelId};messageid=${message.id}`, activityId: message.id });
      return;
    }
    const member = body.members?.[0];
    if (body.isGroup || !member || (body.members?.length ?? 0) !== 1) throw new SandboxError(400, 'BadArgument', 'Only a one-on-one conversation with one user, or a channel thread, can be created.');
    const chat = await openPersonalChat(core, tenantId, member.aadObjectId ?? oidOf(member.id));
    const message = body.activity ? postBotMessage(core, { kind: 'chat', chat }, contentOf(body.activity), null) : undefined;
    sendJson(res, 201, { id: chat.id, ...(message ? { activityId: message.id } : {}) });
  }));
}
