/**
 * Chat connections and chat state in the `chats` container, partitioned by [tenantId, chatId]:
 * everything about one chat (which records it serves, where the bot reaches it) is one partition.
 */
import type { Container } from '@azure/cosmos';
import type { ChatRepository, ChatState, LastMessage } from '../../domain/chats/chat-repository';
import type { ChatConnection } from '../../domain/chats/connection';
import type { Versioned } from '../../domain/shared/types';
import { cosmosStatus } from './cosmos-errors';
import { createItem, pointRead, queryAll, replaceItem } from './cosmos-helpers';

// Ids unique per tenant (the local server keys items by tenant and id).
const connectionId = (chatId: string, recordId: string) => `connection:${chatId}:${recordId}`;
const stateId = (chatId: string) => `chat:${chatId}`;

type ConnectionItem = ChatConnection & { id: string; docType: 'connection' };
type StateItem = ChatState & { id: string; docType: 'chatState' };

export class CosmosChatRepository implements ChatRepository {
  constructor(private readonly container: Container) {}

  connectionsOfRecord(tenantId: string, recordId: string): Promise<ChatConnection[]> {
    return queryAll<ChatConnection>(
      this.container,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.docType = 'connection' AND c.recordId = @recordId ORDER BY c.connectedAt",
      [{ name: '@recordId', value: recordId }],
      [tenantId],
    );
  }

  connectionsOfChat(tenantId: string, chatId: string): Promise<ChatConnection[]> {
    return queryAll<ChatConnection>(
      this.container,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.chatId = @chatId AND c.docType = 'connection'",
      [{ name: '@chatId', value: chatId }],
      [tenantId, chatId],
    );
  }

  connectionsOfChats(tenantId: string, chatIds: readonly string[]): Promise<ChatConnection[]> {
    if (chatIds.length === 0) return Promise.resolve([]);
    return queryAll<ChatConnection>(
      this.container,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.docType = 'connection' AND ARRAY_CONTAINS(@chatIds, c.chatId)",
      [{ name: '@chatIds', value: [...chatIds] }],
      [tenantId],
    );
  }

  async getConnection(tenantId: string, chatId: string, recordId: string): Promise<ChatConnection | null> {
    return (await pointRead<ConnectionItem>(this.container, connectionId(chatId, recordId), [tenantId, chatId]))?.value ?? null;
  }

  async addConnection(connection: ChatConnection): Promise<boolean> {
    try {
      await this.container.items.create<ConnectionItem>({ ...connection, id: connectionId(connection.chatId, connection.recordId), docType: 'connection' });
      return true;
    } catch (error) {
      if (cosmosStatus(error) === 409) return false;
      throw error;
    }
  }

  async removeConnection(tenantId: string, chatId: string, recordId: string): Promise<boolean> {
    try {
      await this.container.item(connectionId(chatId, recordId), [tenantId, chatId]).delete();
      return true;
    } catch (error) {
      if (cosmosStatus(error) === 404) return false;
      throw error;
    }
  }

  getChatState(tenantId: string, chatId: string): Promise<Versioned<ChatState> | null> {
    return pointRead<StateItem>(this.container, stateId(chatId), [tenantId, chatId]);
  }

  createChatState(state: ChatState): Promise<Versioned<ChatState>> {
    return createItem<StateItem>(this.container, { ...state, id: stateId(state.chatId), docType: 'chatState' });
  }

  async recordLastMessage(tenantId: string, chatId: string, message: LastMessage): Promise<boolean> {
    try {
      await this.container.item(stateId(chatId), [tenantId, chatId]).patch({
        operations: [
          { op: 'set', path: '/lastMessage', value: message },
          { op: 'set', path: '/lastmessageatms', value: Math.trunc(message.atMs) },
        ],
        // The condition names an all-lower-case property holding a number: the local server
        // lower-cases conditions, and numbers compare the same everywhere.
        condition: `FROM c WHERE NOT IS_DEFINED(c.lastmessageatms) OR c.lastmessageatms < ${Math.trunc(message.atMs)}`,
      });
      return true;
    } catch (error) {
      const status = cosmosStatus(error);
      if (status === 412 || status === 404) return false;
      throw error;
    }
  }

  replaceChatState(state: ChatState, etag: string): Promise<Versioned<ChatState>> {
    return replaceItem<StateItem>(this.container, { ...state, id: stateId(state.chatId), docType: 'chatState' }, [state.tenantId, state.chatId], etag);
  }
}
