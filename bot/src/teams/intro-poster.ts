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
import { resolveLocale, t } from '../i18n/catalog';
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

  async postIntro(address: ChatAddress, recordId: string, requestedBy: string): Promise<PostedCard | null> {
    const { deps } = this;
    const [found, requester] = await Promise.all([deps.records.get(address.tenantId, recordId), deps.directory.getUser(address.tenantId, requestedBy)]);
    if (!found) return null; // the record is gone: nothing to introduce
    const locale = resolveLocale(requester?.locale);
    let posted: PostedCard | null = null;
    await deps.cards.inConversation(address.tenantId, address.chatId, address.serviceUrl, async (context) => {
      const id = await deps.cards.send(context, await deps.cards.sharedMessage(found, 'intro', locale, await deps.cards.memberIds(context)));
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
    const text = t(resolveLocale(joiner.locale), 'join.joined', { name: joiner.displayName, record: `${found.value.number} · ${found.value.title}` });
    await this.deps.cards.inConversation(address.tenantId, address.chatId, address.serviceUrl, async (context) => {
      await this.deps.cards.send(context, MessageFactory.text(text));
    });
    // The new member refreshes the record's cards in this chat by themselves from now on.
    this.deps.redraws.memberJoined(address.tenantId, address.chatId, recordId);
  }
}
