/**
 * The steps the chat use cases share (create-chat.ts, connect-chat.ts, chat-members.ts): the right
 * to act on a record's chats (B1, B5), the people a chat may get, the app's installation and the
 * chat entries on the record's timeline (B7). One copy, so the use cases cannot drift apart.
 */
import type { Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { RecordService } from '../records/record-service';
import type { ServiceRecord } from '../records/record';
import type { SettingsService } from '../settings/settings-service';
import { ForbiddenError, ValidationError } from '../shared/errors';
import type { Clock } from '../shared/types';
import type { TimelineEntry, TimelineRepository } from '../timeline/timeline';
import type { ChatRepository } from './chat-repository';
import { chatActionRefusal, type ChatConnection } from './connection';
import type { IntroQueue } from './intro-queue';
import type { ChatJoins } from './join-chat';
import type { OperationRepository } from './operation';
import { TeamsCallError, type ActingUser, type TeamsPort } from './teams-port';

/** A group chat holds at most 250 people. */
export const MAX_CHAT_MEMBERS = 250;

/** What the chat use cases are built from; chat-service.ts builds each part once and shares it. */
export interface ChatUseCaseParts {
  steps: ChatSteps;
  records: RecordService;
  settings: SettingsService;
  chats: ChatRepository;
  operations: OperationRepository;
  teams: TeamsPort;
  intros: IntroQueue;
  joins: ChatJoins;
  clock: Clock;
}

/** The checks and writes every chat use case makes the same way. */
export class ChatSteps {
  constructor(
    private readonly records: RecordService,
    private readonly settings: SettingsService,
    private readonly directory: DirectoryRepository,
    private readonly timeline: TimelineRepository,
    private readonly teams: TeamsPort,
  ) {}

  /** The record, if the caller may act on its chats; otherwise the reason, as a typed error. */
  async writableRecord(caller: Caller, recordId: string): Promise<ServiceRecord> {
    const record = (await this.records.get(caller, recordId)).value;
    const refusal = chatActionRefusal(caller, record, await this.settings.effective(caller.tenantId, record.type));
    if (refusal === 'teamsChatOff') throw new ForbiddenError('error.forbidden.teamsChatOff');
    if (refusal) throw new ForbiddenError('error.forbidden.writeRecord');
    return record;
  }

  /** Members must be users of the caller's tenant; the caller is always in the chat anyway. */
  async validMembers(caller: Caller, userIds: string[]): Promise<string[]> {
    const wanted = [...new Set(userIds.filter((id) => id !== caller.user.id))];
    if (wanted.length === 0) throw new ValidationError([{ path: 'memberIds', messageKey: 'issue.pickSomeone' }]);
    if (wanted.length > MAX_CHAT_MEMBERS - 1) throw new ValidationError([{ path: 'memberIds', messageKey: 'issue.tooManyPeople', params: { max: MAX_CHAT_MEMBERS - 1 } }]);
    const found = new Set((await this.directory.getUsers(caller.tenantId, wanted)).map((u) => u.id));
    const unknown = wanted.filter((id) => !found.has(id));
    if (unknown.length > 0) throw new ValidationError(unknown.map((id) => ({ path: 'memberIds', messageKey: 'issue.unknownUserId', params: { id } })));
    return wanted;
  }

  /** Installs the app; true when it was there already (Teams then sends no installation event). */
  async installApp(as: ActingUser, chatId: string): Promise<boolean> {
    try {
      await this.teams.installAppInChat(as, chatId);
      return false;
    } catch (error) {
      if (error instanceof TeamsCallError && error.status === 409) return true;
      throw error;
    }
  }

  /** The "chat connected" entry for a new connection, under an id that makes a retry write it once. */
  writeConnected(connection: ChatConnection, id: string): Promise<void> {
    return this.writeChatEntry(connection.recordType, {
      id, tenantId: connection.tenantId, recordId: connection.recordId, kind: 'chatConnected', at: connection.connectedAt,
      actorId: connection.connectedBy, chatId: connection.chatId, chatName: connection.name,
    });
  }

  /** B7: chat entries are written only for types that have them on. */
  async writeChatEntry(recordType: string, entry: TimelineEntry): Promise<void> {
    if (!(await this.settings.effective(entry.tenantId, recordType)).timelineChatEntries) return;
    await this.timeline.append(entry);
  }
}
