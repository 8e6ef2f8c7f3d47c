/** Small pure helpers of the chat panel: labels, the name filter, list updates, the C3 offer. */
import { ApiProblem } from '../../api/problem';
import type { ChatConnection, NewChatOffer } from '../../api/types';
import type { Translate } from '../../i18n/catalogs';

/** A person chosen in a people picker. */
export interface PersonChoice {
  id: string;
  displayName: string;
  email?: string;
}

/** The name a chat or channel is shown with: its own, or "Unnamed chat" / "Unnamed channel". */
export function chatLabel(t: Translate, name: string | null, kind: 'chat' | 'channel' = 'chat'): string {
  if (name !== null && name.trim() !== '') return name;
  return kind === 'channel' ? t('channels.unnamed') : t('chats.unnamed');
}

/** How many members' first names a chat without a topic is shown with, as Teams does. */
const NAMED_MEMBERS = 3;

/**
 * The name Teams shows for a group chat without a topic: the other members' first names, up to
 * three and "+N" for the rest. Null when no other member is known.
 */
export function membersLabel(t: Translate, members: readonly { id: string; displayName: string }[] | null, viewerId: string): string | null {
  const others = (members ?? []).filter((member) => member.id !== viewerId && member.displayName.trim() !== '');
  if (others.length === 0) return null;
  const names = others
    .slice(0, NAMED_MEMBERS)
    .map((member) => member.displayName.trim().split(/\s+/)[0] ?? member.displayName)
    .join(', ');
  const rest = others.length - NAMED_MEMBERS;
  return rest > 0 ? t('chats.membersMore', { names, count: rest }) : names;
}

/** The name a connected chat or channel is shown with: its own, its members' names, or "Unnamed chat". */
export function connectionLabel(t: Translate, connection: Pick<ChatConnection, 'name' | 'kind' | 'members'>, viewerId: string): string {
  if (connection.name !== null && connection.name.trim() !== '') return connection.name;
  const byMembers = connection.kind === 'chat' ? membersLabel(t, connection.members, viewerId) : null;
  return byMembers ?? chatLabel(t, null, connection.kind);
}

/** Whether a chat's shown name contains the filter text (case- and accent-insensitive). */
export function matchesFilter(label: string, filter: string): boolean {
  const wanted = fold(filter.trim());
  return wanted === '' || fold(label).includes(wanted);
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The list with the connection added, or replaced when it is there already. */
export function upsertConnection(list: ChatConnection[], connection: ChatConnection): ChatConnection[] {
  const rest = list.filter((item) => item.chatId !== connection.chatId);
  return [connection, ...rest];
}

/** The "start a new connected chat with that person" offer of a refused one-to-one chat (C3). */
export function newChatOffer(problem: unknown): NewChatOffer | null {
  if (!(problem instanceof ApiProblem)) return null;
  const offer = problem.extensions.offer;
  if (typeof offer !== 'object' || offer === null || !('memberIds' in offer) || !('action' in offer)) return null;
  const { action, memberIds } = offer;
  if (action !== 'newConnectedChat' || !Array.isArray(memberIds)) return null;
  const ids = memberIds.filter((id): id is string => typeof id === 'string');
  return ids.length === 0 ? null : { action, memberIds: ids };
}

/** A fresh key for one new-chat dialog; a retry of the same dialog sends it again. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
