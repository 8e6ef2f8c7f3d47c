/**
 * What every part of the sandbox shares: the state, the delivery queue, the directory of demo
 * people and the bot's identity. Also the helpers that turn state changes into messages.
 */
import type { Logger } from 'pino';
import type { DirectoryRepository } from '../../domain/access/directory-repository';
import type { ActivityContext, Person } from './activities';
import type { ActivityDelivery, OutgoingActivity } from './delivery';
import type { Chat, Message, SystemEvent } from './model';
import type { SandboxStore } from './store';

/** Who calls: a person of a tenant, or (userId null) the app itself with application permissions. */
export interface Actor {
  tenantId: string;
  userId: string | null;
}

export interface SandboxCore {
  store: SandboxStore;
  delivery: ActivityDelivery;
  directory: DirectoryRepository;
  logger: Logger;
  botId: string;
  botName: string;
  /** The server's own base URL (no trailing slash), resolved when needed: delivery, serviceUrl, Graph. */
  baseUrl: () => string;
  /** The base URL people open in a browser (webUrl of chats and channels). */
  pageUrl: () => string;
  clock: () => Date;
  /** The domains whose links the bot unfurls (the manifest's `messageHandlers[].value.domains`). */
  linkDomains: () => string[];
}

export const connectorUrlOf = (core: SandboxCore): string => `${core.baseUrl()}/sandbox/connector/`;

export function activityContext(core: SandboxCore): ActivityContext {
  return { serviceUrl: connectorUrlOf(core), botId: core.botId, botName: core.botName };
}

/** A person of the tenant; unknown ids still get a readable stand-in. */
export async function personOf(core: SandboxCore, tenantId: string, userId: string): Promise<Person> {
  const user = await core.directory.getUser(tenantId, userId);
  return { id: userId, displayName: user?.displayName ?? 'Unknown user', email: user?.email ?? null, locale: user?.locale ?? 'en-US' };
}

/** Display names of many people of one tenant, keyed by id. */
export async function namesOf(core: SandboxCore, tenantId: string, userIds: readonly string[]): Promise<Map<string, Person>> {
  const unique = [...new Set(userIds)];
  const users = unique.length > 0 ? await core.directory.getUsers(tenantId, unique) : [];
  const map = new Map<string, Person>();
  for (const id of unique) {
    const user = users.find((u) => u.id === id);
    map.set(id, { id, displayName: user?.displayName ?? 'Unknown user', email: user?.email ?? null, locale: user?.locale ?? 'en-US' });
  }
  return map;
}

export const isAppInstalled = (chat: Chat): boolean => chat.installedApps.length > 0;

/** A new message, stamped now, appended to `messages`. */
export function appendMessage(core: SandboxCore, messages: Message[], fields: Omit<Message, 'id' | 'createdDateTime' | 'lastModifiedDateTime' | 'lastEditedDateTime' | 'deletedDateTime'>): Message {
  const now = core.clock();
  const at = now.toISOString();
  const message: Message = { ...fields, id: core.store.nextMessageId(now), createdDateTime: at, lastModifiedDateTime: at, lastEditedDateTime: null, deletedDateTime: null };
  messages.push(message);
  return message;
}

/** A system line in the chat ("Astrid added Ingrid"), as Teams shows. */
export function appendEvent(core: SandboxCore, chat: Chat, event: SystemEvent): Message {
  chat.lastUpdatedDateTime = core.clock().toISOString();
  return appendMessage(core, chat.messages, { kind: 'system', fromUserId: null, text: '', textFormat: 'plain', attachments: [], replyToId: null, event });
}

/** Queues activities for the bot only when the app is installed in the chat (it hears nothing otherwise). */
export function deliverIfInstalled(core: SandboxCore, chat: Chat, build: () => Promise<OutgoingActivity[]>): void {
  if (!isAppInstalled(chat) && chat.kind !== 'personal') return;
  core.delivery.enqueue(chat.id, build);
}
