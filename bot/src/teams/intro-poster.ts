/**
 * Posts intro cards (B4) and "joined" notes (D3) into chats through the Bot Framework (a proactive
 * message to the conversation Teams gave at installation). The intro card is a live record card
 * (F5), remembered so later changes of the record redraw it.
 */
import { MessageFactory } from 'botbuilder';
import type { Logger } from 'pino';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import { recordVersion } from '../domain/chats/card-redraw';
import type { PostedCard } from '../domain/chats/chat-repository';
import type { ChatAddress, ChatPoster } from '../domain/chats/intro-port';
import type { RecordRepository } from '../domain/records/record-repository';
import { t } from '../i18n/catalog';
import type { CardRedraws } from './card-redraws';
import type { RecordCards } from './record-cards';

export interface IntroPosterDeps {
  records: RecordRepository;
  directory: DirectoryRepository;
  cards: RecordCards;
  redraws: CardRedraws;
  logger: Logger;
}

export class BotChatPoster implements ChatPoster {
  constructor(private readonly deps: IntroPosterDeps) {}

  async postIntro(address: ChatAddress, recordId: string): Promise<PostedCard | null> {
    const { deps } = this;
    const found = await deps.records.get(address.tenantId, recordId);
    if (!found) return null; // the record is gone: nothing to introduce
    let posted: PostedCard | null = null;
    await deps.cards.inConversation(address.tenantId, address.chatId, address.serviceUrl, async (context) => {
      // The shared copy is in the chat's language, not the requester's: each member's refresh localizes it.
      const { message, locale } = await deps.cards.sharedMessage(found, 'intro', await deps.cards.memberIds(context));
      const id = await deps.cards.send(context, message);
      if (id) posted = { recordId, activityId: id, kind: 'intro', locale, version: recordVersion(found.value) };
    });
    deps.logger.info({ tenant: address.tenantId, chat: address.chatId, record: recordId }, 'intro card posted');
    return posted;
  }

  cardsRemembered(address: ChatAddress, cards: readonly PostedCard[]): Promise<void> {
    return this.deps.redraws.remembered(address.tenantId, address.chatId, cards);
  }

  async postJoined(address: ChatAddress, joinerId: string, recordId: string): Promise<void> {
    const [joiner, found] = await Promise.all([this.deps.directory.getUser(address.tenantId, joinerId), this.deps.records.get(address.tenantId, recordId)]);
    if (!joiner || !found) return;
    // Everyone in the chat reads the note: the chat's language, not the joiner's.
    const text = t(await this.deps.cards.chatLanguage(address.tenantId, found.value), 'join.joined', { name: joiner.displayName, record: `${found.value.number} · ${found.value.title}` });
    await this.deps.cards.inConversation(address.tenantId, address.chatId, address.serviceUrl, async (context) => {
      await this.deps.cards.send(context, MessageFactory.text(text));
    });
    // The new member refreshes the record's cards in this chat by themselves from now on.
    this.deps.redraws.memberJoined(address.tenantId, address.chatId, recordId);
  }
}
