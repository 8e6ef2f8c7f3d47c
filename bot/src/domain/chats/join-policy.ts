/** D1: who may join a record's chat. Table-tested in tests/unit/join-policy.test.ts. */
import { hasPrivilege, type Caller } from '../access/access';
import type { ServiceRecord } from '../records/record';
import type { RecordTypeSettings } from '../settings/settings';
import type { ChatConnection } from './connection';

/** One failed condition of D1; the panel and the API name each so the user knows whom to ask. */
export type JoinCondition = 'chatNotConnected' | 'joinChatOff' | 'noWriteAccess';

/**
 * Every condition that stops the caller from joining: the chat must be connected to the record,
 * the record type must have join chat on (B2), and the caller's write privilege must reach the
 * record (A3). An empty list means they may join.
 */
export function joinChatRefusals(caller: Caller, record: ServiceRecord, connection: ChatConnection | null, settings: RecordTypeSettings): JoinCondition[] {
  const refusals: JoinCondition[] = [];
  if (!connection || connection.recordId !== record.id || connection.kind !== 'chat') refusals.push('chatNotConnected');
  if (!settings.joinChat) refusals.push('joinChatOff');
  if (!hasPrivilege(caller, record, 'write')) refusals.push('noWriteAccess');
  return refusals;
}
