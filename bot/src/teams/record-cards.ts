/**
 * F5: the record cards the bot posts in chats. Each copy is the shared view (state, no buttons)
 * whose `refresh` lists the chat's members, so Teams asks the bot for each member's own view
 * (card-actions.ts). Keeping every copy current after a change is card-redraws.ts, which draws
 * through the same messages and proactive turns as posting here.
 */
import { CardFactory, MessageFactory, TeamsInfo, type Activity, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { MAX_REFRESH_USERS } from '../cards/record-card';
import type { RecordCardComposer } from '../cards/record-card-composer';
import { recordVersion } from '../domain/chats/card-redraw';
import type { ChatRepository, PostedCard } from '../domain/chats/chat-repository';
import { updateChatState, withCards } from '../domain/chats/chat-state';
import type { ServiceRecord } from '../domain/records/record';
import type { RecordRepository } from '../domain/records/record-repository';
import type { Clock, Locale, Versioned } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import type { ConversationThrottle } from './send-throttle';

/** A chat connected to more records than this gets cards for the first ones only. */
const MAX_CARDS_PER_MENTION = 5;

/** Told of cards a chat has just remembered (card-redraws.ts redraws those already out of date). */
export interface RememberedCardsObserver {
  remembered(tenantId: string, chatId: string, cards: readonly PostedCard[]): Promise<void>;
}

export interface RecordCardsDeps {
  adapter: CloudAdapter;
  botAppId: string;
  records: RecordRepository;
  chats: ChatRepository;
  composer: RecordCardComposer;
  throttle: ConversationThrottle;
  clock: Clock;
  logger: Logger;
}

export class RecordCards {
  private readonly observers: RememberedCardsObserver[] = [];

  constructor(private readonly deps: RecordCardsDeps) {}

  /**
   * Tells `observer` of the cards postForChat remembers. An observer, not a dependency, because
   * the redraws draw through this class (memberIds, sharedMessage, inConversation).
   */
  observe(observer: RememberedCardsObserver): void {
    this.observers.push(observer);
  }

  /** The Bot Framework ids of the conversation's members (up to the 60 Teams refreshes for). */
  async memberIds(context: TurnContext): Promise<string[]> {
    if (context.activity.conversation.conversationType === 'personal') return context.activity.from?.id ? [context.activity.from.id] : [];
    try {
      const page = await TeamsInfo.getPagedMembers(context, MAX_REFRESH_USERS);
      return page.members.map((m) => m.id);
    } catch (error) {
      // Without the list, members refresh the card by hand; the card itself is still right.
      this.deps.logger.warn({ err: error, conversation: context.activity.conversation.id }, 'could not list conversation members');
      return [];
    }
  }

  /**
   * The shared card of a record as a message, refreshing by itself for `members`: in the chat's
   * language (the record's team's or tenant's, chat-language.ts), which it returns too; each
   * member's refresh then shows them their own language (card-actions.ts).
   */
  async sharedMessage(found: Versioned<ServiceRecord>, kind: PostedCard['kind'], members: string[]): Promise<{ message: Partial<Activity>; locale: Locale }> {
    const locale = await this.deps.composer.chatLanguage(found.value);
    const card = await this.deps.composer.render(found, kind, locale, { refreshUserIds: members, actions: null });
    return { message: MessageFactory.attachment(CardFactory.adaptiveCard(card)), locale };
  }

  /** The language of plain messages in a chat about `record` (null: no record, the tenant's). */
  chatLanguage(tenantId: string, record: Pick<ServiceRecord, 'owningTeamId'> | null): Promise<Locale> {
    return this.deps.composer.chatLanguage({ tenantId, owningTeamId: record?.owningTeamId ?? null });
  }

  /** Sends in this turn's conversation, within Teams' limits; returns the new message's id. */
  async send(context: TurnContext, activity: Partial<Activity>): Promise<string | null> {
    const sent = await this.deps.throttle.run(context.activity.conversation.id, () => context.sendActivity(activity));
    return sent?.id ?? null;
  }

  /** Someone mentioned the bot in a group chat: the card of each record the chat is connected to. */
  async postForChat(context: TurnContext): Promise<void> {
    const { activity } = context;
    const tenantId = activity.conversation.tenantId;
    if (!tenantId) return;
    const connections = (await this.deps.chats.connectionsOfChat(tenantId, activity.conversation.id)).slice(0, MAX_CARDS_PER_MENTION);
    const posted: PostedCard[] = [];
    const members = connections.length > 0 ? await this.memberIds(context) : [];
    for (const connection of connections) {
      const found = await this.deps.records.get(tenantId, connection.recordId);
      if (!found) continue;
      const { message, locale } = await this.sharedMessage(found, 'record', members);
      const id = await this.send(context, message);
      if (id) posted.push({ recordId: found.value.id, activityId: id, kind: 'record', locale, version: recordVersion(found.value) });
    }
    if (posted.length === 0) {
      await this.send(context, MessageFactory.text(t(await this.chatLanguage(tenantId, null), 'card.notConnected')));
      return;
    }
    await updateChatState(this.deps.chats, this.deps.clock, tenantId, activity.conversation.id, (s) => withCards({ ...s, serviceUrl: s.serviceUrl ?? activity.serviceUrl }, posted));
    for (const observer of this.observers) await observer.remembered(tenantId, activity.conversation.id, posted);
  }

  /** Runs `use` in a proactive turn in the chat. */
  async inConversation(tenantId: string, chatId: string, serviceUrl: string, use: (context: TurnContext) => Promise<void>): Promise<void> {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: chatId, tenantId, conversationType: 'groupChat', isGroup: true, name: '' },
      bot: { id: this.deps.botAppId, name: 'Casebridge' },
    };
    await this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference, use);
  }
}
