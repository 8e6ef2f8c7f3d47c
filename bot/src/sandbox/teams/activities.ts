/**
 * Teams activities as the Bot Connector sends them to a bot: the same field names and shapes as
 * real Teams (channelId msteams, `29:` user ids with aadObjectId, `28:` bot id, conversation with
 * conversationType and tenantId, channelData.tenant, clientInfo entity, locale).
 */
import { randomUUID } from 'node:crypto';
import type { Chat, Message } from './model';
import type { OutgoingActivity } from './delivery';

/** A person as the sandbox shows them to the bot. */
export interface Person {
  id: string;
  displayName: string;
  email: string | null;
  locale: string;
}

export interface ActivityContext {
  serviceUrl: string;
  botId: string;
  botName: string;
}

const TIMEZONES: Record<string, string> = { DK: 'Europe/Copenhagen', SE: 'Europe/Stockholm', NO: 'Europe/Oslo', US: 'America/Los_Angeles' };

/** Teams' user id in bot conversations; the sandbox derives it from the Entra object id. */
export const teamsUserId = (oid: string): string => `29:${oid}`;
export const botAccountId = (botId: string): string => `28:${botId}`;

function conversationOf(chat: Chat): Record<string, unknown> {
  if (chat.kind === 'personal') return { conversationType: 'personal', tenantId: chat.tenantId, id: chat.id };
  return { isGroup: true, conversationType: 'groupChat', tenantId: chat.tenantId, id: chat.id };
}

function clientInfo(locale: string): Record<string, unknown> {
  const country = locale.split('-')[1] ?? 'US';
  return { locale, country, platform: 'Web', timezone: TIMEZONES[country] ?? 'UTC', type: 'clientInfo' };
}

/** `from` of an activity: a person, or (null) the app itself when it acted with application permissions. */
function accountOf(ctx: ActivityContext, actor: Person | null, withName: boolean): Record<string, unknown> {
  if (actor === null) return { id: botAccountId(ctx.botId), name: ctx.botName };
  return withName ? { id: teamsUserId(actor.id), name: actor.displayName, aadObjectId: actor.id } : { id: teamsUserId(actor.id), aadObjectId: actor.id };
}

function base(ctx: ActivityContext, chat: Chat, type: string, id: string, actor: Person | null, withName: boolean): OutgoingActivity {
  const now = new Date().toISOString();
  const locale = actor?.locale ?? 'en-US';
  return {
    type,
    id,
    timestamp: now,
    localTimestamp: now,
    serviceUrl: ctx.serviceUrl,
    channelId: 'msteams',
    from: accountOf(ctx, actor, withName),
    conversation: { ...conversationOf(chat), id: chat.id },
    recipient: { id: botAccountId(ctx.botId), name: ctx.botName },
    entities: [clientInfo(locale)],
    channelData: { tenant: { id: chat.tenantId } },
    locale,
  };
}

const eventId = (): string => `f:${randomUUID()}`;

/** The app was installed in the chat by `actor`. */
export function installationUpdate(ctx: ActivityContext, chat: Chat, actor: Person | null): OutgoingActivity {
  return { ...base(ctx, chat, 'installationUpdate', eventId(), actor, false), action: 'add' };
}

/** Members (people, or the bot itself) were added to the chat. */
export function membersAdded(ctx: ActivityContext, chat: Chat, actor: Person | null, added: { botAdded: boolean; userIds: string[] }): OutgoingActivity {
  const members = [
    ...(added.botAdded ? [{ id: botAccountId(ctx.botId) }] : []),
    ...added.userIds.map((oid) => ({ id: teamsUserId(oid), aadObjectId: oid })),
  ];
  return { ...base(ctx, chat, 'conversationUpdate', eventId(), actor, false), membersAdded: members };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A person's message; an `@<bot name>` in the text becomes a real mention of the bot. */
export function messageActivity(ctx: ActivityContext, chat: Chat, author: Person, message: Message): OutgoingActivity {
  const mention = `@${ctx.botName}`;
  const mentioned = message.text.toLowerCase().includes(mention.toLowerCase());
  const text = mentioned ? message.text.replace(new RegExp(mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'ig'), `<at>${ctx.botName}</at>`) : message.text;
  const activity = base(ctx, chat, 'message', message.id, author, true);
  const mentions = mentioned ? [{ type: 'mention', mentioned: { id: botAccountId(ctx.botId), name: ctx.botName }, text: `<at>${ctx.botName}</at>` }] : [];
  return {
    ...activity,
    entities: [clientInfo(author.locale), ...mentions],
    timestamp: message.createdDateTime,
    localTimestamp: message.createdDateTime,
    textFormat: 'plain',
    text,
    // A link card the person's client unfurled travels with the message, as in Teams.
    attachments: [{ contentType: 'text/html', content: `<p>${escapeHtml(message.text)}</p>` }, ...message.attachments.map((a) => ({ contentType: a.contentType, content: a.content }))],
  };
}

/** A person edited their message (channelData.eventType editMessage). */
export function messageUpdate(ctx: ActivityContext, chat: Chat, author: Person, message: Message): OutgoingActivity {
  const activity = base(ctx, chat, 'messageUpdate', message.id, author, true);
  return {
    ...activity,
    textFormat: 'plain',
    text: message.text,
    attachments: [{ contentType: 'text/html', content: `<p>${escapeHtml(message.text)}</p>` }],
    channelData: { eventType: 'editMessage', tenant: { id: chat.tenantId } },
  };
}

/** A person deleted their message (channelData.eventType softDeleteMessage). */
export function messageDelete(ctx: ActivityContext, chat: Chat, author: Person, message: Message): OutgoingActivity {
  const activity = base(ctx, chat, 'messageDelete', message.id, author, true);
  return { ...activity, channelData: { eventType: 'softDeleteMessage', tenant: { id: chat.tenantId } } };
}

/** Action.Execute on a card the bot posted (Universal Actions): invoke `adaptiveCard/action`. */
export function adaptiveCardAction(
  ctx: ActivityContext,
  chat: Chat,
  actor: Person,
  input: { messageId: string; verb: string; data: unknown; actionId: string | undefined; trigger: 'manual' | 'automatic' },
): OutgoingActivity {
  const activity = base(ctx, chat, 'invoke', eventId(), actor, true);
  return {
    ...activity,
    name: 'adaptiveCard/action',
    replyToId: input.messageId,
    channelData: { tenant: { id: chat.tenantId }, source: { name: 'message' } },
    value: {
      action: { type: 'Action.Execute', ...(input.actionId ? { id: input.actionId } : {}), verb: input.verb, data: input.data ?? {} },
      trigger: input.trigger,
    },
  };
}

/**
 * A person's client found a link of one of the app's domains in what they post: Teams asks the bot
 * for its card with the `composeExtension/queryLink` invoke (the compose box is the source).
 */
export function queryLink(ctx: ActivityContext, chat: Chat, actor: Person, url: string): OutgoingActivity {
  const activity = base(ctx, chat, 'invoke', eventId(), actor, true);
  return {
    ...activity,
    name: 'composeExtension/queryLink',
    channelData: { tenant: { id: chat.tenantId }, source: { name: 'compose' } },
    value: { url },
  };
}
