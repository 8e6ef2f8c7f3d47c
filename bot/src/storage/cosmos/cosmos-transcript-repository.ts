/**
 * Transcript messages in the `transcripts` container, partitioned by [tenantId, chatId]. Each item
 * carries a Cosmos `ttl`, so Azure deletes it when the retention ends; reads also skip expired
 * items, so correctness never rests on TTL (the local server has none).
 */
import type { Container } from '@azure/cosmos';
import type { Page, PageRequest } from '../../domain/shared/types';
import type { TranscriptMessage, TranscriptRepository } from '../../domain/transcripts/transcript';
import { cosmosStatus } from './cosmos-errors';
import { queryPage } from './cosmos-helpers';

const itemId = (chatId: string, messageId: string) => `message:${chatId}:${messageId}`;

function ttlSeconds(expiresAt: string): number {
  return Math.max(1, Math.ceil((Date.parse(expiresAt) - Date.now()) / 1000));
}

export class CosmosTranscriptRepository implements TranscriptRepository {
  constructor(private readonly container: Container) {}

  async put(message: TranscriptMessage): Promise<void> {
    await this.container.items.upsert({ ...message, id: itemId(message.chatId, message.messageId), ttl: ttlSeconds(message.expiresAt) });
  }

  async edit(tenantId: string, chatId: string, messageId: string, text: string, editedAt: string): Promise<boolean> {
    try {
      await this.container.item(itemId(chatId, messageId), [tenantId, chatId]).patch([
        { op: 'set', path: '/text', value: text },
        { op: 'set', path: '/editedAt', value: editedAt },
      ]);
      return true;
    } catch (error) {
      if (cosmosStatus(error) === 404) return false;
      throw error;
    }
  }

  async remove(tenantId: string, chatId: string, messageId: string): Promise<void> {
    try {
      await this.container.item(itemId(chatId, messageId), [tenantId, chatId]).delete();
    } catch (error) {
      if (cosmosStatus(error) !== 404) throw error;
    }
  }

  async get(tenantId: string, chatId: string, messageId: string, now: string): Promise<TranscriptMessage | null> {
    try {
      const { resource } = await this.container.item(itemId(chatId, messageId), [tenantId, chatId]).read<TranscriptMessage>();
      return resource && resource.expiresAt > now ? resource : null;
    } catch (error) {
      if (cosmosStatus(error) === 404) return null;
      throw error;
    }
  }

  list(tenantId: string, chatId: string, now: string, page: PageRequest): Promise<Page<TranscriptMessage>> {
    return queryPage<TranscriptMessage>(
      this.container,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.chatId = @chatId AND c.expiresAt > @now ORDER BY c.at',
      [{ name: '@chatId', value: chatId }, { name: '@now', value: now }],
      [tenantId, chatId],
      page,
    );
  }
}
