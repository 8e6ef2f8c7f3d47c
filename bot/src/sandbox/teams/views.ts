/**
 * Read models of the sandbox for its page and its JSON API: chats and channels with display
 * names, members with the history they see, and messages with sender names and system lines.
 */
import type { Person } from './activities';
import { namesOf, type SandboxCore } from './core';
import { ALL_HISTORY, isVisibleTo, type Chat, type Conversation, type Message } from './model';

export interface MemberView {
  userId: string;
  displayName: string;
  email: string | null;
  roles: string[];
  visibleHistoryStartDateTime: string;
  joinedDateTime: string;
}

export interface MessageView {
  id: string;
  kind: Message['kind'];
  from: { userId: string | null; displayName: string };
  text: string;
  textFormat: string;
  /** `unfurledUrl`: the link of a person's message this card unfurled. */
  attachments: Array<{ id: string; contentType: string; name: string | null; contentUrl: string | null; content: unknown; unfurledUrl: string | null }>;
  replyToId: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
  lastEditedDateTime: string | null;
  deletedDateTime: string | null;
  /** False when the viewer (`as`) joined after it and was not given the history. */
  visible: boolean;
}

export interface ConversationView {
  id: string;
  tenantId: string;
  chatType: 'group' | 'oneOnOne' | 'personal' | 'channel';
  topic: string | null;
  displayName: string;
  appInstalled: boolean;
  lastUpdatedDateTime: string;
  members: MemberView[];
  messages: MessageView[];
}

const HISTORY_FROM_START = 'the whole history';

/** What a system line says, in English (the page is a developer tool). */
function eventText(message: Message, names: Map<string, Person>, botName: string): string {
  const event = message.event;
  if (!event) return '';
  const who = event.initiatorUserId ? (names.get(event.initiatorUserId)?.displayName ?? 'Someone') : botName;
  switch (event.type) {
    case 'membersAdded': {
      const added = (event.userIds ?? []).map((id) => names.get(id)?.displayName ?? id).join(', ');
      const history = event.historyFrom === ALL_HISTORY ? HISTORY_FROM_START : event.historyFrom === message.createdDateTime ? 'no earlier history' : `history from ${event.historyFrom ?? '?'}`;
      return `${who} added ${added} (${history}).`;
    }
    case 'appInstalled':
      return `${who} added ${botName} to the chat.`;
    case 'topicUpdated':
      return `${who} changed the group name to ${event.topic ?? ''}.`;
  }
}

function chatName(chat: Chat, names: Map<string, Person>, botName: string): string {
  if (chat.topic) return chat.topic;
  const people = chat.members.map((m) => names.get(m.userId)?.displayName ?? m.userId).join(', ');
  return chat.kind === 'personal' ? `${people} ↔ ${botName}` : people;
}

function messageView(message: Message, names: Map<string, Person>, botName: string, viewer: string | undefined, visible: boolean): MessageView {
  const from =
    message.kind === 'user' && message.fromUserId
      ? { userId: message.fromUserId, displayName: names.get(message.fromUserId)?.displayName ?? message.fromUserId }
      : { userId: null, displayName: message.kind === 'bot' ? botName : 'Teams' };
  return {
    id: message.id,
    kind: message.kind,
    from,
    text: message.kind === 'system' ? eventText(message, names, botName) : message.deletedDateTime ? '' : message.text,
    textFormat: message.textFormat,
    attachments: message.deletedDateTime
      ? []
      : message.attachments.map((a) => ({
          id: a.id, contentType: a.contentType, name: a.name ?? null, contentUrl: a.contentUrl ?? null, unfurledUrl: a.unfurledUrl ?? null,
          content: viewer !== undefined && a.userViews?.[viewer] !== undefined ? a.userViews[viewer] : a.content,
        })),
    replyToId: message.replyToId,
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    lastEditedDateTime: message.lastEditedDateTime,
    deletedDateTime: message.deletedDateTime,
    visible,
  };
}

/** Every id a conversation's view needs a name for. */
function peopleIn(memberIds: string[], messages: Message[]): string[] {
  return [...memberIds, ...messages.flatMap((m) => [...(m.fromUserId ? [m.fromUserId] : []), ...(m.event?.userIds ?? []), ...(m.event?.initiatorUserId ? [m.event.initiatorUserId] : [])])];
}

/** A chat or channel as the page and JSON API show it; `viewer` picks card views and marks history. */
export async function conversationView(core: SandboxCore, conversation: Conversation, viewer?: string): Promise<ConversationView> {
  if (conversation.kind === 'channel') {
    const { team, channel } = conversation;
    const memberIds = channel.memberIds ?? team.memberIds;
    const names = await namesOf(core, team.tenantId, peopleIn(memberIds, channel.messages));
    return {
      id: channel.id, tenantId: team.tenantId, chatType: 'channel', topic: channel.displayName, displayName: `${team.displayName} › ${channel.displayName}`,
      appInstalled: true, lastUpdatedDateTime: channel.messages.at(-1)?.createdDateTime ?? channel.createdDateTime,
      members: memberIds.map((id) => ({ userId: id, displayName: names.get(id)?.displayName ?? id, email: names.get(id)?.email ?? null, roles: [], visibleHistoryStartDateTime: ALL_HISTORY, joinedDateTime: channel.createdDateTime })),
      messages: channel.messages.map((m) => messageView(m, names, core.botName, viewer, true)),
    };
  }
  const chat = conversation.chat;
  const names = await namesOf(core, chat.tenantId, peopleIn(chat.members.map((m) => m.userId), chat.messages));
  const member = viewer === undefined ? undefined : chat.members.find((m) => m.userId === viewer);
  return {
    id: chat.id, tenantId: chat.tenantId, chatType: chat.kind, topic: chat.topic, displayName: chatName(chat, names, core.botName),
    appInstalled: chat.installedApps.length > 0, lastUpdatedDateTime: chat.lastUpdatedDateTime,
    members: chat.members.map((m) => ({
      userId: m.userId, displayName: names.get(m.userId)?.displayName ?? m.userId, email: names.get(m.userId)?.email ?? null,
      roles: m.roles, visibleHistoryStartDateTime: m.visibleHistoryStartDateTime, joinedDateTime: m.joinedDateTime,
    })),
    messages: chat.messages.map((m) => messageView(m, names, core.botName, viewer, viewer === undefined || (member !== undefined && isVisibleTo(member, m)))),
  };
}

/** The chats of a tenant (or all), newest first, without their messages. */
export async function chatList(core: SandboxCore, tenantId: string | undefined): Promise<Array<Omit<ConversationView, 'messages'> & { messageCount: number }>> {
  const chats = core.store.data.chats.filter((c) => tenantId === undefined || c.tenantId === tenantId).sort((a, b) => Date.parse(b.lastUpdatedDateTime) - Date.parse(a.lastUpdatedDateTime));
  return Promise.all(
    chats.map(async (chat) => {
      const { messages, ...rest } = await conversationView(core, { kind: 'chat', chat });
      return { ...rest, messageCount: messages.filter((m) => m.kind !== 'system' && m.deletedDateTime === null).length };
    }),
  );
}
