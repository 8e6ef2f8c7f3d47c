/**
 * Connected chats (C2–C7, D1): the one entry the HTTP routes and the bot call. It builds the use
 * cases from the parts the composition root passes and hands each call to its own file:
 * create-chat.ts (C2, the resumable create), connect-chat.ts (C3, C5, C7), chat-members.ts (C6,
 * D1, with join-chat.ts), chat-steps.ts (what they share). Rights are checked there (B1, B5),
 * never only in the tab.
 */
import type { Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { RecordService } from '../records/record-service';
import type { ServiceRecord } from '../records/record';
import type { SettingsService } from '../settings/settings-service';
import type { AuditRepository } from '../settings/settings-repository';
import type { Clock } from '../shared/types';
import type { TimelineRepository } from '../timeline/timeline';
import type { ChatRepository, LastMessage } from './chat-repository';
import { ChatMembers } from './chat-members';
import { ChatSteps, type ChatUseCaseParts } from './chat-steps';
import { ChatConnector } from './connect-chat';
import type { ChatConnection } from './connection';
import { ChatCreations, type NewConnectedChat } from './create-chat';
import type { ChatPoster } from './intro-port';
import { IntroQueue } from './intro-queue';
import { ChatJoins } from './join-chat';
import type { OperationRepository } from './operation';
import type { ActingUser, TeamsPort } from './teams-port';

export { MAX_CHAT_MEMBERS } from './chat-steps';
export type { NewConnectedChat } from './create-chat';

/**
 * Every chat use case behind one object, so the routes, the bot and the start-up sweep need one
 * dependency (and the constructor the composition root and the tests call stays as it was).
 */
export class ChatService {
  private readonly intros: IntroQueue;
  private readonly steps: ChatSteps;
  private readonly creations: ChatCreations;
  private readonly connector: ChatConnector;
  private readonly members: ChatMembers;

  constructor(
    records: RecordService,
    settings: SettingsService,
    directory: DirectoryRepository,
    private readonly chats: ChatRepository,
    operations: OperationRepository,
    timeline: TimelineRepository,
    teams: TeamsPort,
    poster: ChatPoster,
    audit: AuditRepository,
    clock: Clock,
  ) {
    const intros = new IntroQueue(chats, poster, settings, clock);
    const steps = new ChatSteps(records, settings, directory, timeline, teams);
    const joins = new ChatJoins({ chats, teams, poster, audit, clock, writeEntry: (type, entry) => steps.writeChatEntry(type, entry) });
    const parts: ChatUseCaseParts = { steps, records, settings, chats, operations, teams, intros, joins, clock };
    this.intros = intros;
    this.steps = steps;
    this.creations = new ChatCreations(parts);
    this.connector = new ChatConnector(parts);
    this.members = new ChatMembers(parts);
  }

  /** The record, if the caller may act on its chats; otherwise the reason, as a typed error. */
  writableRecord(caller: Caller, recordId: string): Promise<ServiceRecord> {
    return this.steps.writableRecord(caller, recordId);
  }

  /** C2: creates a group chat, installs the app, connects it, posts the intro and writes the timeline (create-chat.ts). */
  createConnectedChat(caller: Caller, as: ActingUser, recordId: string, input: NewConnectedChat, idempotencyKey: string): Promise<ChatConnection> {
    return this.creations.createConnectedChat(caller, as, recordId, input, idempotencyKey);
  }

  /** C3: connects a group chat the caller is in; a one-on-one chat is refused with an offer (connect-chat.ts). */
  connectExisting(caller: Caller, as: ActingUser, recordId: string, chatId: string): Promise<ChatConnection> {
    return this.connector.connectExisting(caller, as, recordId, chatId);
  }

  /** C7: connects an existing channel of a team the caller is in (connect-chat.ts). */
  connectChannel(caller: Caller, as: ActingUser, recordId: string, teamId: string, channelId: string): Promise<ChatConnection> {
    return this.connector.connectChannel(caller, as, recordId, teamId, channelId);
  }

  /** C7: creates a channel in a team the caller is in and connects it (connect-chat.ts). */
  createChannel(caller: Caller, as: ActingUser, recordId: string, teamId: string, name: string | null): Promise<ChatConnection> {
    return this.connector.createChannel(caller, as, recordId, teamId, name);
  }

  /** D1–D5: adds the caller to a record's chat with the whole history (chat-members.ts, join-chat.ts). */
  join(caller: Caller, recordId: string, chatId: string): Promise<{ alreadyMember: boolean }> {
    return this.members.join(caller, recordId, chatId);
  }

  /** C5: removes the connection, with the rights of B5 checked (connect-chat.ts). */
  disconnect(caller: Caller, recordId: string, chatId: string): Promise<void> {
    return this.connector.disconnect(caller, recordId, chatId);
  }

  /** C6: adds people to a connected chat; they see the whole history (chat-members.ts). */
  addParticipants(caller: Caller, as: ActingUser, recordId: string, chatId: string, userIds: string[]): Promise<void> {
    return this.members.addParticipants(caller, as, recordId, chatId, userIds);
  }

  /**
   * Called by the bot when Teams says the app is in a chat: remember the address, post waiting
   * intros. True when someone installed the app by hand (the bot then introduces itself).
   */
  appInstalled(tenantId: string, chatId: string, serviceUrl: string): Promise<boolean> {
    return this.intros.installed(tenantId, chatId, serviceUrl);
  }

  /** E1: a message in a chat: one conditional write, no read (a chat Casebridge does not know is ignored). */
  async messageSeen(tenantId: string, chatId: string, message: LastMessage): Promise<void> {
    await this.chats.recordLastMessage(tenantId, chatId, message);
  }

  /** At start-up: finishes chat creations a crash interrupted (create-chat.ts). */
  resumeStale(olderThanMs: number): Promise<number> {
    return this.creations.resumeStale(olderThanMs);
  }
}
