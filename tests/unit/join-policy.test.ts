/** D1, table-driven: connected, join chat on (B2), write access (A3). */
import type { Caller, Role } from '../../bot/src/domain/access/access';
import type { ChatConnection } from '../../bot/src/domain/chats/connection';
import { joinChatRefusals } from '../../bot/src/domain/chats/join-policy';
import type { ServiceRecord } from '../../bot/src/domain/records/record';
import { defaultSettings } from '../../bot/src/domain/settings/settings';

const T = 't';
const writer: Role = { id: 'w', tenantId: T, name: 'w', isAdmin: false, privileges: { case: { read: 'tenant', write: 'tenant' } } };
const reader: Role = { id: 'r', tenantId: T, name: 'r', isAdmin: false, privileges: { case: { read: 'tenant' } } };
const caller = (role: Role): Caller => ({ tenantId: T, roles: [role], user: { id: 'me', tenantId: T, displayName: 'Me', email: 'm', teamIds: [], roleIds: [role.id] } });
const record = { id: 'r1', tenantId: T, type: 'case', ownerId: 'x', owningTeamId: null } as const satisfies Partial<ServiceRecord>;
const fullRecord: ServiceRecord = { ...record, number: 'CAS-1', title: '', description: '', status: 'new', priority: 'normal', personId: null, customFields: {}, createdAt: '', updatedAt: '', createdBy: '', updatedBy: '', searchText: '' };
const connection = (overrides: Partial<ChatConnection> = {}): ChatConnection => ({ tenantId: T, chatId: '19:c', kind: 'chat', teamId: null, recordId: 'r1', recordType: 'case', name: null, connectedBy: 'x', connectedAt: '', ...overrides });
const on = defaultSettings('case');
const off = { ...on, joinChat: false };

test.each([
  ['all three hold', writer, connection(), on, []],
  ['not connected', writer, null, on, ['chatNotConnected']],
  ['connected to another record', writer, connection({ recordId: 'r2' }), on, ['chatNotConnected']],
  ['a channel is not a chat to join', writer, connection({ kind: 'channel' }), on, ['chatNotConnected']],
  ['join chat off for the type', writer, connection(), off, ['joinChatOff']],
  ['read access only', reader, connection(), on, ['noWriteAccess']],
  ['everything fails', reader, null, off, ['chatNotConnected', 'joinChatOff', 'noWriteAccess']],
] as const)('%s', (_name, role, conn, settings, expected) => {
  expect(joinChatRefusals(caller(role), fullRecord, conn, settings)).toEqual(expected);
});
