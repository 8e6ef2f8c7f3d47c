/**
 * What the bot does through the connector: post (and reply), update and delete its messages,
 * open a personal chat with a user or a new thread in a channel; and what happens when a person
 * presses an Action.Execute button on one of its cards.
 */
import { randomUUID } from 'node:crypto';
import * as activities from './activities';
import { activityContext, appendMessage, personOf, type SandboxCore } from './core';
import { forbidden, notFound, SandboxError } from './http';
import type { Attachment, Chat, Conversation, Message } from './model';

/** The parts of a bot activity the sandbox keeps. */
export interface BotContent {
  text: string;
  textFormat: string;
  attachments: Array<Omit<Attachment, 'id' | 'userViews'>>;
  entities: unknown[] | undefined;
  summary: string | undefined;
}

/** Teams refuses messages over about 28 KB. */
export const MAX_MESSAGE_BYTES = 28 * 1024;

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

function messagesOf(conversation: Conversation): Message[] {
  return conversation.kind === 'chat' ? conversation.chat.messages : conversation.channel.messages;
}

/** The bot may only speak where it is installed (Teams answers 403 BotNotInConversationRoster). */
function requireBotIn(conversation: Conversation): void {
  if (conversation.kind === 'chat' && conversation.chat.kind !== 'personal' && conversation.chat.installedApps.length === 0) {
    throw new SandboxError(403, 'BotNotInConversationRoster', 'The bot is not part of the conversation roster.');
  }
}

function contentOf(content: BotContent): Pick<Message, 'text' | 'textFormat' | 'attachments' | 'entities' | 'summary'> {
  const size = Buffer.byteLength(JSON.stringify(content));
  if (size > MAX_MESSAGE_BYTES) throw new SandboxError(413, 'MessageSizeTooBig', `Message size ${size} bytes is over the limit.`);
  return {
    text: content.text,
    textFormat: content.textFormat,
    attachments: content.attachments.map((a) => ({ ...a, id: randomUUID() })),
    ...(content.entities ? { entities: content.entities } : {}),
    ...(content.summary ? { summary: content.summary } : {}),
  };
}

/** POST v3/conversations/{id}/activities[/{replyToId}]. */
export function postBotMessage(core: SandboxCore, conversation: Conversation, content: BotContent, replyToId: string | null): Message {
  requireBotIn(conversation);
  const threadRoot = conversation.kind === 'channel' ? conversation.threadId : null;
  const message = appendMessage(core, messagesOf(conversation), { kind: 'bot', fromUserId: null, replyToId: threadRoot ?? replyToId, ...contentOf(content) });
  if (conversation.kind === 'chat') conversation.chat.lastUpdatedDateTime = message.createdDateTime;
  core.store.changed();
  return message;
}

function botMessage(conversation: Conversation, activityId: string): Message {
  const message = messagesOf(conversation).find((m) => m.id === activityId);
  if (!message || message.deletedDateTime !== null) throw new SandboxError(404, 'ActivityNotFound', 'Activity not found.');
  if (message.kind !== 'bot') throw forbidden('The bot can only change its own messages.');
  return message;
}

/** PUT v3/conversations/{id}/activities/{activityId}: a new version for everyone (user views reset). */
export function updateBotMessage(core: SandboxCore, conversation: Conversation, activityId: string, content: BotContent): Message {
  const message = botMessage(conversation, activityId);
  Object.assign(message, contentOf(content), { lastModifiedDateTime: core.clock().toISOString() });
  core.store.changed();
  return message;
}

/** DELETE v3/conversations/{id}/activities/{activityId}. */
export function deleteBotMessage(core: SandboxCore, conversation: Conversation, activityId: string): void {
  const message = botMessage(conversation, activityId);
  const at = core.clock().toISOString();
  Object.assign(message, { deletedDateTime: at, lastModifiedDateTime: at });
  core.store.changed();
}

/** POST v3/conversations for a one-on-one with a user: the existing personal chat, or a new one. */
export async function openPersonalChat(core: SandboxCore, tenantId: string, userId: string): Promise<Chat> {
  const user = await core.directory.getUser(tenantId, userId);
  if (!user) throw new SandboxError(404, 'UserNotFound', 'The user was not found in the tenant.');
  const existing = core.store.data.chats.find((c) => c.kind === 'personal' && c.tenantId === tenantId && c.members[0]?.userId === userId);
  if (existing) return existing;
  const at = core.clock().toISOString();
  const id = `a:${randomUUID().replace(/-/g, '')}`;
  const chat: Chat = {
    id, tenantId, kind: 'personal', topic: null, createdDateTime: at, lastUpdatedDateTime: at,
    members: [{ membershipId: Buffer.from(`${id}#${userId}`).toString('base64'), userId, roles: [], visibleHistoryStartDateTime: at, joinedDateTime: at }],
    messages: [], installedApps: [],
  };
  core.store.data.chats.push(chat);
  core.store.changed();
  return chat;
}

/**
 * A person pressed Action.Execute on a bot card: Teams sends `adaptiveCard/action` and waits. A
 * card in the answer replaces the card for that person only (a user-specific view).
 */
export async function executeCardAction(
  core: SandboxCore,
  chat: Chat,
  userId: string,
  input: { messageId: string; verb: string; data: unknown; actionId: string | undefined; trigger: 'manual' | 'automatic' },
): Promise<{ status: number; body: unknown }> {
  if (!chat.members.some((m) => m.userId === userId)) throw forbidden('The user is not a member of this chat.');
  const message = chat.messages.find((m) => m.id === input.messageId && m.kind === 'bot' && m.deletedDateTime === null);
  if (!message) throw notFound('No such bot message.');
  const actor = await personOf(core, chat.tenantId, userId);
  const answer = await core.delivery.invoke(activities.adaptiveCardAction(activityContext(core), chat, actor, input));
  const card = cardIn(answer.body);
  const attachment = message.attachments.find((a) => a.contentType === ADAPTIVE);
  if (card && attachment) {
    attachment.userViews = { ...(attachment.userViews ?? {}), [userId]: card };
    core.store.changed();
  }
  return answer;
}

/** The card of an invoke answer `{ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value }`. */
function cardIn(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const type: unknown = Reflect.get(body, 'type');
  const value: unknown = Reflect.get(body, 'value');
  return type === ADAPTIVE && typeof value === 'object' && value !== null ? value : undefined;
}
