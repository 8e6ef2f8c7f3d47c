/**
 * What people (and the app) do to chats: create them, add members with a chosen history, rename,
 * install the app, and post, edit or delete messages. Each change is stored and, where the app is
 * installed, turned into the activities Teams would send the bot.
 */
import { randomUUID } from 'node:crypto';
import * as activities from './activities';
import { activityContext, appendEvent, appendMessage, deliverIfInstalled, personOf, type Actor, type SandboxCore } from './core';
import { badRequest, forbidden, notFound, SandboxError } from './http';
import { ALL_HISTORY, membershipIdOf, newChatId, oneOnOneChatId, type Attachment, type Chat, type Member, type Message, type RscPermission } from './model';

export const MAX_CHAT_MEMBERS = 250;

export interface NewMember {
  userId: string;
  roles: string[];
  /** ALL_HISTORY, an ISO time, or undefined: only what is posted from now on. */
  visibleHistoryStartDateTime?: string | undefined;
}

/** Graph's rule for chat topics: at most 250 characters, no colon. */
export function checkTopic(topic: string): void {
  if (topic.length > 250) throw badRequest('The topic must be at most 250 characters.');
  if (topic.includes(':')) throw badRequest("The use of ':' is not allowed in the topic.");
}

const actorPerson = async (core: SandboxCore, actor: Actor) => (actor.userId === null ? null : personOf(core, actor.tenantId, actor.userId));

async function requireTenantUsers(core: SandboxCore, tenantId: string, userIds: readonly string[]): Promise<void> {
  const found = await core.directory.getUsers(tenantId, userIds);
  const missing = userIds.filter((id) => !found.some((u) => u.id === id));
  if (missing.length > 0) throw new SandboxError(404, 'NotFound', `User not found: ${missing.join(', ')}`);
}

function memberOf(chatId: string, m: NewMember, at: string): Member {
  return {
    membershipId: membershipIdOf(chatId, m.userId),
    userId: m.userId,
    roles: m.roles,
    visibleHistoryStartDateTime: m.visibleHistoryStartDateTime ?? at,
    joinedDateTime: at,
  };
}

/** POST /chats. The creator must be among the members; a one-on-one chat is found again, not duplicated. */
export async function createChat(core: SandboxCore, actor: Actor, input: { kind: 'group' | 'oneOnOne'; topic: string | null; members: NewMember[] }): Promise<Chat> {
  const ids = input.members.map((m) => m.userId);
  if (new Set(ids).size !== ids.length) throw badRequest('A member is listed more than once.');
  if (actor.userId !== null && !ids.includes(actor.userId)) throw badRequest('The caller must be one of the members specified in request body.');
  if (ids.length > MAX_CHAT_MEMBERS) throw badRequest(`A chat has at most ${MAX_CHAT_MEMBERS} members.`);
  if (input.kind === 'oneOnOne' && (ids.length !== 2 || input.topic !== null)) throw badRequest('A oneOnOne chat has exactly two members and no topic.');
  if (input.kind === 'group' && ids.length < 2) throw badRequest('A group chat needs at least two members.');
  if (input.topic !== null) checkTopic(input.topic);
  await requireTenantUsers(core, actor.tenantId, ids);

  const id = input.kind === 'oneOnOne' ? oneOnOneChatId(ids[0] ?? '', ids[1] ?? '') : newChatId();
  const existing = core.store.chat(id);
  if (existing) return existing;
  const at = core.clock().toISOString();
  const chat: Chat = {
    id, tenantId: actor.tenantId, kind: input.kind, topic: input.topic, createdDateTime: at, lastUpdatedDateTime: at,
    // A new chat starts empty; its first members see it all.
    members: input.members.map((m) => memberOf(id, { ...m, visibleHistoryStartDateTime: ALL_HISTORY }, at)),
    messages: [], installedApps: [],
  };
  core.store.data.chats.push(chat);
  core.store.changed();
  return chat;
}

/** POST /chats/{id}/members (and members/add): adds people, records what history they see. */
export async function addMembers(core: SandboxCore, actor: Actor, chat: Chat, members: NewMember[]): Promise<Member[]> {
  if (chat.kind !== 'group') throw badRequest('Members can only be added to a group chat.');
  const ids = members.map((m) => m.userId);
  if (new Set(ids).size !== ids.length) throw badRequest('A member is listed more than once.');
  await requireTenantUsers(core, chat.tenantId, ids);
  // Checked after the lookup, with no await until the members are pushed: two racing adds cannot both pass.
  const already = ids.filter((id) => chat.members.some((m) => m.userId === id));
  if (already.length > 0) throw new SandboxError(409, 'Conflict', `Already a member of the chat: ${already.join(', ')}`);
  if (chat.members.length + ids.length > MAX_CHAT_MEMBERS) throw badRequest(`A chat has at most ${MAX_CHAT_MEMBERS} members.`);
  const at = core.clock().toISOString();
  const added = members.map((m) => memberOf(chat.id, m, at));
  chat.members.push(...added);
  appendEvent(core, chat, { type: 'membersAdded', initiatorUserId: actor.userId, userIds: ids, historyFrom: added[0]?.visibleHistoryStartDateTime });
  core.store.changed();
  deliverIfInstalled(core, chat, async () => [activities.membersAdded(activityContext(core), chat, await actorPerson(core, actor), { botAdded: false, userIds: ids })]);
  return added;
}

/** PATCH /chats/{id}: only a group chat has a topic. */
export function renameChat(core: SandboxCore, actor: Actor, chat: Chat, topic: string): void {
  if (chat.kind !== 'group') throw badRequest('Only a group chat can have a topic.');
  checkTopic(topic);
  chat.topic = topic;
  appendEvent(core, chat, { type: 'topicUpdated', initiatorUserId: actor.userId, topic });
  core.store.changed();
}

/** POST /chats/{id}/installedApps: the bot joins the chat and is told so (installationUpdate, then membersAdded). */
export function installApp(core: SandboxCore, actor: Actor, chat: Chat, input: { teamsAppId: string; permissions: RscPermission[] }): void {
  if (chat.installedApps.some((a) => a.teamsAppId === input.teamsAppId)) throw new SandboxError(409, 'Conflict', 'The app is already installed in this chat.');
  const at = core.clock().toISOString();
  chat.installedApps.push({ id: randomUUID(), teamsAppId: input.teamsAppId, permissions: input.permissions, installedBy: actor.userId ?? core.botId, installedDateTime: at });
  appendEvent(core, chat, { type: 'appInstalled', initiatorUserId: actor.userId });
  core.store.changed();
  deliverIfInstalled(core, chat, async () => {
    const by = await actorPerson(core, actor);
    const ctx = activityContext(core);
    return [activities.installationUpdate(ctx, chat, by), activities.membersAdded(ctx, chat, by, { botAdded: true, userIds: [] })];
  });
}

/** The member `userId` of the chat; 403 for anyone else. */
export function requireMember(chat: Chat, userId: string): Member {
  const member = chat.members.find((m) => m.userId === userId);
  if (!member) throw forbidden('The user is not a member of this chat.');
  return member;
}

function ownMessage(chat: Chat, userId: string, messageId: string): Message {
  const message = chat.messages.find((m) => m.id === messageId);
  if (!message || message.deletedDateTime !== null) throw notFound('No such message.');
  if (message.kind !== 'user' || message.fromUserId !== userId) throw forbidden('Only the author can change a message.');
  return message;
}

/**
 * A person posts in the chat, with the cards their client unfurled from links in it (none when
 * posted through Graph); with the app installed the bot receives it (RSC: no @mention needed).
 */
export function postUserMessage(core: SandboxCore, chat: Chat, userId: string, text: string, cards: ReadonlyArray<Omit<Attachment, 'id'>> = []): Message {
  requireMember(chat, userId);
  const attachments = cards.map((card) => ({ ...card, id: randomUUID() }));
  const message = appendMessage(core, chat.messages, { kind: 'user', fromUserId: userId, text, textFormat: 'plain', attachments, replyToId: null });
  chat.lastUpdatedDateTime = message.createdDateTime;
  core.store.changed();
  const posted = { ...message };
  deliverIfInstalled(core, chat, async () => [activities.messageActivity(activityContext(core), chat, await personOf(core, chat.tenantId, userId), posted)]);
  return message;
}

export function editUserMessage(core: SandboxCore, chat: Chat, userId: string, messageId: string, text: string): Message {
  requireMember(chat, userId);
  const message = ownMessage(chat, userId, messageId);
  const at = core.clock().toISOString();
  Object.assign(message, { text, lastModifiedDateTime: at, lastEditedDateTime: at });
  core.store.changed();
  // A snapshot: a later edit must not change what this activity says.
  const edited = { ...message };
  deliverIfInstalled(core, chat, async () => [activities.messageUpdate(activityContext(core), chat, await personOf(core, chat.tenantId, userId), edited)]);
  return message;
}

export function deleteUserMessage(core: SandboxCore, chat: Chat, userId: string, messageId: string): void {
  requireMember(chat, userId);
  const message = ownMessage(chat, userId, messageId);
  const at = core.clock().toISOString();
  Object.assign(message, { deletedDateTime: at, lastModifiedDateTime: at });
  core.store.changed();
  deliverIfInstalled(core, chat, async () => [activities.messageDelete(activityContext(core), chat, await personOf(core, chat.tenantId, userId), message)]);
}
