/**
 * The sandbox's state in Microsoft Graph v1.0 shapes: chat, aadUserConversationMember,
 * chatMessage (with lastMessagePreview), team, channel, teamsAppInstallation.
 */
import type { Person } from './activities';
import { lastMessageOf, type Channel, type Chat, type Installation, type Member, type Message, type Team } from './model';

export type Json = Record<string, unknown>;

export const CHAT_TYPE: Record<Chat['kind'], string> = { group: 'group', oneOnOne: 'oneOnOne', personal: 'oneOnOne' };

export function graphChat(chat: Chat, webBase: string): Json {
  return {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: CHAT_TYPE[chat.kind],
    webUrl: `${webBase}/sandbox/chats/${encodeURIComponent(chat.id)}`,
    tenantId: chat.tenantId,
    isHiddenForAllMembers: false,
    onlineMeetingInfo: null,
    viewpoint: { isHidden: false, lastMessageReadDateTime: chat.lastUpdatedDateTime },
  };
}

export function graphMember(member: Member, person: Person | undefined, tenantId: string): Json {
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    id: member.membershipId,
    roles: member.roles,
    displayName: person?.displayName ?? null,
    visibleHistoryStartDateTime: member.visibleHistoryStartDateTime,
    userId: member.userId,
    email: person?.email ?? null,
    tenantId,
  };
}

function identityOf(message: Message, people: Map<string, Person>, tenantId: string, bot: { id: string; name: string }): Json | null {
  if (message.kind === 'user' && message.fromUserId) {
    const person = people.get(message.fromUserId);
    return {
      application: null,
      device: null,
      user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: message.fromUserId, displayName: person?.displayName ?? null, userIdentityType: 'aadUser', tenantId },
    };
  }
  if (message.kind === 'bot') {
    return { application: { '@odata.type': '#microsoft.graph.teamworkApplicationIdentity', id: bot.id, displayName: bot.name, applicationIdentityType: 'bot' }, device: null, user: null };
  }
  return null;
}

function bodyOf(message: Message): Json {
  if (message.deletedDateTime !== null) return { contentType: 'text', content: '' };
  if (message.kind === 'system') return { contentType: 'html', content: '<systemEventMessage/>' };
  const cards = message.attachments.map((a) => `<attachment id="${a.id}"></attachment>`).join('');
  return message.kind === 'bot' ? { contentType: 'html', content: `${message.text}${cards}` } : { contentType: 'text', content: message.text };
}

function eventDetail(message: Message, people: Map<string, Person>, tenantId: string): Json | null {
  const event = message.event;
  if (!event) return null;
  const initiator = event.initiatorUserId ? { user: { id: event.initiatorUserId, displayName: people.get(event.initiatorUserId)?.displayName ?? null, userIdentityType: 'aadUser', tenantId } } : { application: { applicationIdentityType: 'bot' } };
  switch (event.type) {
    case 'membersAdded':
      return {
        '@odata.type': '#microsoft.graph.membersAddedEventMessageDetail',
        visibleHistoryStartDateTime: event.historyFrom ?? null,
        members: (event.userIds ?? []).map((id) => ({ id, displayName: people.get(id)?.displayName ?? null, userIdentityType: 'aadUser', tenantId })),
        initiator,
      };
    case 'topicUpdated':
      return { '@odata.type': '#microsoft.graph.chatRenamedEventMessageDetail', chatDisplayName: event.topic ?? null, chatId: null, initiator };
    case 'appInstalled':
      return { '@odata.type': '#microsoft.graph.teamsAppInstalledEventMessageDetail', teamsAppId: null, teamsAppDisplayName: null, initiator };
  }
}

export function graphMessage(message: Message, ctx: { chatId: string; tenantId: string; people: Map<string, Person>; bot: { id: string; name: string } }): Json {
  const deleted = message.deletedDateTime !== null;
  return {
    id: message.id,
    replyToId: message.replyToId,
    etag: Date.parse(message.lastModifiedDateTime).toString(),
    messageType: message.kind === 'system' ? 'systemEventMessage' : 'message',
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    lastEditedDateTime: message.lastEditedDateTime,
    deletedDateTime: message.deletedDateTime,
    subject: null,
    summary: message.summary ?? null,
    chatId: ctx.chatId,
    importance: 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: eventDetail(message, ctx.people, ctx.tenantId),
    from: identityOf(message, ctx.people, ctx.tenantId, ctx.bot),
    body: bodyOf(message),
    attachments: deleted ? [] : message.attachments.map((a) => ({
      id: a.id, contentType: a.contentType, contentUrl: a.contentUrl ?? null,
      content: a.content === undefined ? null : typeof a.content === 'string' ? a.content : JSON.stringify(a.content),
      name: a.name ?? null, thumbnailUrl: a.thumbnailUrl ?? null, teamsAppId: null,
    })),
    mentions: [],
    reactions: [],
  };
}

/** `lastMessagePreview` (chatMessageInfo) of a chat, or null when it has no message yet. */
export function lastMessagePreview(chat: Chat, people: Map<string, Person>, bot: { id: string; name: string }): Json | null {
  const last = lastMessageOf(chat.messages);
  if (!last) return null;
  return {
    id: last.id,
    createdDateTime: last.createdDateTime,
    isDeleted: false,
    messageType: 'message',
    eventDetail: null,
    body: bodyOf(last),
    from: identityOf(last, people, chat.tenantId, bot),
  };
}

export function graphTeam(team: Team): Json {
  return { id: team.id, displayName: team.displayName, description: team.description, isArchived: false, tenantId: team.tenantId };
}

export function graphChannel(team: Team, channel: Channel, webBase: string): Json {
  return {
    id: channel.id,
    createdDateTime: channel.createdDateTime,
    displayName: channel.displayName,
    description: channel.description,
    isFavoriteByDefault: null,
    email: '',
    webUrl: `${webBase}/sandbox/chats/${encodeURIComponent(channel.id)}`,
    membershipType: channel.membershipType,
    tenantId: team.tenantId,
    isArchived: false,
  };
}

export function graphInstallation(installation: Installation, botName: string): Json {
  return {
    id: installation.id,
    consentedPermissionSet: { resourceSpecificPermissions: installation.permissions },
    teamsApp: { id: installation.teamsAppId, externalId: null, displayName: botName, distributionMethod: 'organization' },
    teamsAppDefinition: { id: `${installation.teamsAppId}-definition`, teamsAppId: installation.teamsAppId, displayName: botName, version: '1.0.0' },
  };
}
