/**
 * A record's timeline (E1, E2, E4): the stored entries, newest first and paged, with each
 * connected chat's last message (kept current by the bot) on the first page, and who first
 * connected each chat for "show more".
 */
import type { Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { ChatRepository } from '../chats/chat-repository';
import type { RecordService } from '../records/record-service';
import type { SettingsService } from '../settings/settings-service';
import type { Clock, Page, PageRequest } from '../shared/types';
import { openingWords, type TranscriptRepository } from '../transcripts/transcript';
import type { TimelineEntry, TimelineKind, TimelineRepository } from './timeline';
import { CHANNELS, type Channel } from '../conversations/conversation';
import { SYSTEM_ACTOR_ID } from '../intake/system-caller';

export type TimelineViewKind = TimelineKind | 'lastMessage';

export const TIMELINE_VIEW_KINDS: readonly TimelineViewKind[] = [
  'chatConnected', 'chatDisconnected', 'participantsAdded', 'memberJoined', 'lastMessage',
  'recordCreated', 'recordAssigned', 'statusChanged', 'recordClosed', 'recordReopened',
  'messageReceived', 'replySent', 'noteAdded', 'caseLinked',
  // H3 agent actions
  'recordAccepted', 'recordTransferred', 'recordPostponed', 'messageForwarded', 'messageEdited', 'caseSplit',
  // I2 customer chat sessions
  'chatSession',
  // J6 park and pick up
  'recordParked', 'recordPickedUp',
];

export interface TimelineItem {
  id: string;
  kind: TimelineViewKind;
  at: string;
  actor: { id: string; displayName: string } | null;
  chatId: string | null;
  chatName: string | null;
  userIds: string[];
  fromStatus: string | null;
  toStatus: string | null;
  /** E4: who first connected the chat, and when (null when it is no longer connected). */
  connected: { by: { id: string; displayName: string }; at: string } | null;
  /** Whether the chat is a chat or a channel, and a channel's team, when known (for its link). */
  chatKind: 'chat' | 'channel' | null;
  teamId: string | null;
  /** E6: a last message's opening words, where the record's type keeps transcripts; else null. */
  text: string | null;
  /** Message events (H1). */
  message: { conversationId: string; messageId: string; channel: Channel; subject: string; person: { id: string; name: string } | null } | null;
  linkedRecordId: string | null;
  /** recordTransferred: the note to the new owner; null elsewhere. */
  note: string | null;
  /** recordPostponed (and a reopening when it ended): until when; null elsewhere. */
  until: string | null;
  /** recordAssigned to a team: the team's id and name; null elsewhere. */
  team: { id: string; name: string } | null;
  /**
   * J2: the delegator the actor acted for (the reader's tab phrases it, onBehalfView); null when
   * the actor acted for themself. Absent on items made elsewhere (they are nobody's act for another).
   */
  onBehalfOf?: { id: string; displayName: string } | null;
}

function messageOf(e: TimelineEntry): TimelineItem['message'] {
  if (!e.conversationId || !e.messageId) return null;
  const channel = CHANNELS.find((c) => c === e.channel) ?? 'email';
  return { conversationId: e.conversationId, messageId: e.messageId, channel, subject: e.subject ?? '', person: e.person ?? null };
}

/** The chat entries of the timeline: shown only while the record type's B7 setting is on. */
export const CHAT_KINDS: ReadonlySet<TimelineViewKind> = new Set(['chatConnected', 'chatDisconnected', 'participantsAdded', 'memberJoined', 'lastMessage']);

export class TimelineService {
  constructor(
    private readonly records: RecordService,
    private readonly settings: SettingsService,
    private readonly timeline: TimelineRepository,
    private readonly chats: ChatRepository,
    private readonly directory: DirectoryRepository,
    private readonly transcripts: TranscriptRepository,
    private readonly clock: Clock,
  ) {}

  async list(caller: Caller, recordId: string, page: PageRequest, kinds: readonly TimelineViewKind[] = []): Promise<Page<TimelineItem>> {
    const record = (await this.records.get(caller, recordId)).value;
    const settings = await this.settings.effective(caller.tenantId, record.type);
    // B7: with chat entries off for the type, none is shown (record events will be, when they exist).
    const wanted = (kind: TimelineViewKind) => (kinds.length === 0 || kinds.includes(kind)) && (settings.timelineChatEntries || !CHAT_KINDS.has(kind));
    const stored = await this.timeline.list(caller.tenantId, recordId, page, kinds.filter((k): k is TimelineKind => k !== 'lastMessage'));
    const connections = await this.chats.connectionsOfRecord(caller.tenantId, recordId);
    // The live "last message" entries belong to the present: they come with the first page only.
    const chatConnections = !page.continuation && wanted('lastMessage') ? connections.filter((c) => c.kind === 'chat') : [];
    const states = await Promise.all(chatConnections.map((c) => this.chats.getChatState(caller.tenantId, c.chatId)));
    const found = chatConnections.flatMap((connection, i) => {
      const message = states[i]?.value.lastMessage;
      return message ? [{ connection, message }] : [];
    });
    // E6: the text only where the record's type keeps transcripts (the transcript route's checks:
    // the record is readable, the chat connected to it, the type keeps them): a point read per chat.
    const now = this.clock().toISOString();
    const kept = settings.transcript.enabled
      ? await Promise.all(found.map(({ connection, message }) => this.transcripts.get(caller.tenantId, connection.chatId, message.id, now)))
      : [];
    const lastMessages = found.map((f, i) => ({ ...f, text: kept[i] ? openingWords(kept[i].text) : null }));
    const actorIds = [...new Set([...stored.items.flatMap((e) => (e.onBehalfOfId ? [e.actorId, e.onBehalfOfId] : [e.actorId])), ...connections.map((c) => c.connectedBy)])];
    const people = new Map((await this.directory.getUsers(caller.tenantId, actorIds)).map((u) => [u.id, u.displayName]));
    const teamIds = [...new Set(stored.items.flatMap((e) => (e.teamId ? [e.teamId] : [])))];
    const teams = new Map((teamIds.length > 0 ? await this.directory.getTeams(caller.tenantId, teamIds) : []).map((t) => [t.id, t.name]));
    const byChat = new Map(connections.map((c) => [c.chatId, c]));
    const connectedOf = (chatId: string | null) => {
      const c = chatId ? byChat.get(chatId) : undefined;
      return c ? { by: { id: c.connectedBy, displayName: people.get(c.connectedBy) ?? c.connectedBy }, at: c.connectedAt } : null;
    };
    /** A chat's kind and team: from its connection; a chat no longer connected is taken for a chat unless its id is a channel's. */
    const conversationOf = (chatId: string | null): Pick<TimelineItem, 'chatKind' | 'teamId'> => {
      if (!chatId) return { chatKind: null, teamId: null };
      const c = byChat.get(chatId);
      if (c) return { chatKind: c.kind, teamId: c.teamId };
      return { chatKind: /@thread\.(tacv2|skype)$/.test(chatId) ? 'channel' : 'chat', teamId: null };
    };
    const items: TimelineItem[] = [
      ...stored.items
        .filter((e) => wanted(e.kind))
        .map((e) => ({
          id: e.id, kind: e.kind, at: e.at, actor: e.person ? null : { id: e.actorId, displayName: people.get(e.actorId) ?? (e.actorId === SYSTEM_ACTOR_ID ? 'Casebridge' : e.actorId) },
          chatId: e.chatId, chatName: e.chatName, userIds: e.userIds ?? [], fromStatus: e.fromStatus ?? null, toStatus: e.toStatus ?? null, connected: connectedOf(e.chatId),
          ...conversationOf(e.chatId), text: null, message: messageOf(e), linkedRecordId: e.linkedRecordId ?? null,
          note: e.note ?? null, until: e.until ?? null, team: e.teamId ? { id: e.teamId, name: teams.get(e.teamId) ?? e.teamId } : null,
          onBehalfOf: e.onBehalfOfId ? { id: e.onBehalfOfId, displayName: people.get(e.onBehalfOfId) ?? e.onBehalfOfId } : null,
        })),
      ...lastMessages.map(({ connection, message, text }) => ({
        id: `last:${connection.chatId}`, kind: 'lastMessage' as const, at: message.at,
        actor: message.fromUserId ? { id: message.fromUserId, displayName: message.fromName } : null,
        chatId: connection.chatId, chatName: connection.name, userIds: [], fromStatus: null, toStatus: null, connected: connectedOf(connection.chatId),
        chatKind: connection.kind, teamId: connection.teamId, text, message: null, linkedRecordId: null,
        note: null, until: null, team: null,
      })),
    ].sort((a, b) => b.at.localeCompare(a.at));
    return { items, continuation: stored.continuation };
  }
}
