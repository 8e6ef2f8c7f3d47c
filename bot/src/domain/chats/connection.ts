/** A Teams chat or channel connected to a record (C2–C7), and the rights around it (B1, B5). */
import { hasPrivilege, type Caller } from '../access/access';
import type { ServiceRecord } from '../records/record';
import type { RecordTypeSettings } from '../settings/settings';

export type ConversationKind = 'chat' | 'channel';

/** One record ↔ one chat (or channel). A chat may be connected to several records (C4). */
export interface ChatConnection {
  tenantId: string;
  /** The Teams chat id (`19:…@thread.v2`) or, for a channel, the channel id. */
  chatId: string;
  kind: ConversationKind;
  /** The team of a channel; null for chats. */
  teamId: string | null;
  recordId: string;
  recordType: string;
  /** The chat's name when it was connected (Teams is asked for the current one when listing). */
  name: string | null;
  /** Who connected it, and when: the "last connector" of B5 and the "show more" of E4. */
  connectedBy: string;
  connectedAt: string;
}

/** Why a chat action is not offered or refused; the tab and the API say which. */
export type ChatRefusal = 'teamsChatOff' | 'cannotWriteRecord' | 'cannotDisconnect' | 'oneOnOneChat' | 'notConnected';

/** B1: chat actions exist only for record types with Teams chat on, for those who may write the record. */
export function chatActionRefusal(caller: Caller, record: ServiceRecord, settings: RecordTypeSettings): ChatRefusal | null {
  if (!settings.teamsChat) return 'teamsChatOff';
  if (!hasPrivilege(caller, record, 'write')) return 'cannotWriteRecord';
  return null;
}

/**
 * B5/C5: the record's owner may disconnect; so may whoever connected the chat when "last
 * connector may disconnect" is on; so may holders of `disconnectChat` reaching the record.
 */
export function canDisconnect(caller: Caller, record: ServiceRecord, connection: ChatConnection, settings: RecordTypeSettings): boolean {
  if (record.ownerId === caller.user.id) return true;
  if (settings.disconnect.lastConnectorMay && connection.connectedBy === caller.user.id) return true;
  return hasPrivilege(caller, record, 'disconnectChat');
}

/** B3: a new chat's name: the record's number and title, or null (Teams names it after its members). */
export function autoChatName(record: Pick<ServiceRecord, 'number' | 'title'>, settings: RecordTypeSettings): string | null {
  if (!settings.autoNameChats) return null;
  // Teams refuses ':' in chat topics.
  const name = `${record.number} · ${record.title}`.replace(/:/g, ' -');
  // Teams limits chat topics to 250 characters.
  return name.length > 250 ? `${name.slice(0, 249)}…` : name;
}
