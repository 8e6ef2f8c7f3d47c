/**
 * F5: the record cards the bot posts in chats, and keeping every copy current. Each copy is the
 * shared view (state, no buttons) whose `refresh` lists the chat's members, so Teams asks the bot
 * for each member's own view (card-actions.ts). After any saved change of a record — from a card
 * or from the tab — every card of that record in every connected chat is updated in place.
 */
import { CardFactory, MessageFactory, TeamsInfo, type Activity, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { MAX_REFRESH_USERS } from '../cards/record-card';
import type { RecordCardComposer } from '../cards/record-card-composer';
import type { ChatRepository, PostedCard } from '../domain/chats/chat-repository';
import { updateChatState, withCards } from '../domain/chats/chat-state';
import type { ServiceRecord } from '../domain/records/record';
import type { RecordRepository } from '../domain/records/record-repository';
import type { RecordObserver } from '../domain/records/record-service';
import type { Clock, Versioned } from '../domain/shared/types';
import { resolveLocale, t } from '../i18n/catalog';
import type { ConversationThrottle } from './send-throttle';

/** A chat connected to more records than this gets cards for the first ones only. */
const MAX_CARDS_PER_MENTION = 5;

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

export class RecordCards implements RecordObserver {
  /** Records whose copies are being updated, and those changed again meanwhile. */
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();

  constructor(private readonly deps: RecordCardsDeps) {}

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

  /** The shared card of a record as a message, refreshing by itself for `members`. */
  async sharedMessage(found: Versioned<ServiceRecord>, kind: PostedCard['kind'], locale: string, members: string[]): Promise<Partial<Activity>> {
    const card = await this.deps.composer.render(found, kind, resolveLocale(locale), { refreshUserIds: members, actions: null });
    return MessageFactory.attachment(CardFactory.adaptiveCard(card));
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
    const locale = resolveLocale(activity.locale);
    const connections = (await this.deps.chats.connectionsOfChat(tenantId, activity.conversation.id)).slice(0, MAX_CARDS_PER_MENTION);
    const posted: PostedCard[] = [];
    const members = connections.length > 0 ? await this.memberIds(context) : [];
    for (const connection of connections) {
      const found = await this.deps.records.get(tenantId, connection.recordId);
      if (!found) continue;
      const id = await this.send(context, await this.sharedMessage(found, 'record', locale, members));
      if (id) posted.push({ recordId: found.value.id, activityId: id, kind: 'record', locale });
    }
    if (posted.length === 0) {
      await this.send(context, MessageFactory.text(t(locale, 'card.notConnected')));
      return;
    }
    await updateChatState(this.deps.chats, this.deps.clock, tenantId, activity.conversation.id, (s) => withCards({ ...s, serviceUrl: s.serviceUrl ?? activity.serviceUrl }, posted));
  }

  /** RecordObserver: update the record's cards in the background, one run per record at a time. */
  recordChanged(tenantId: string, recordId: string): void {
    this.schedule(tenantId, recordId, null);
  }

  /** A member joined one chat: redraw the record's cards there (their refresh lists the members). */
  memberJoined(tenantId: string, chatId: string, recordId: string): void {
    this.schedule(tenantId, recordId, chatId);
  }

  private schedule(tenantId: string, recordId: string, onlyChat: string | null): void {
    const key = `${tenantId}|${recordId}|${onlyChat ?? '*'}`;
    if (this.running.has(key)) {
      this.again.add(key);
      return;
    }
    const run = (async () => {
      try {
        do {
          this.again.delete(key);
          try {
            await this.updateCopies(tenantId, recordId, onlyChat);
          } catch (error) {
            this.deps.logger.error({ err: error, tenant: tenantId, record: recordId }, 'updating record cards failed');
          }
        } while (this.again.has(key));
      } finally {
        // In the same step as the last check: a change arriving from now on starts a new run.
        this.running.delete(key);
      }
    })();
    this.running.set(key, run);
  }

  /** Resolves when no card update is running (tests, benchmarks, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  /** Redraws every copy of the record's cards in every chat it is connected to (or in `onlyChat`); returns how many. */
  async updateCopies(tenantId: string, recordId: string, onlyChat: string | null = null): Promise<number> {
    const found = await this.deps.records.get(tenantId, recordId);
    if (!found) return 0;
    let updated = 0;
    const connections = onlyChat ? [{ chatId: onlyChat }] : await this.deps.chats.connectionsOfRecord(tenantId, recordId);
    for (const connection of connections) {
      // One chat failing (gone, bot removed, Teams down) does not keep the others stale.
      try {
        updated += await this.updateInChat(tenantId, connection.chatId, found);
      } catch (error) {
        this.deps.logger.warn({ err: error, chat: connection.chatId, record: recordId }, 'could not update the record cards of a chat');
      }
    }
    return updated;
  }

  private async updateInChat(tenantId: string, chatId: string, found: Versioned<ServiceRecord>): Promise<number> {
    const state = await this.deps.chats.getChatState(tenantId, chatId);
    const cards = (state?.value.cards ?? []).filter((c) => c.recordId === found.value.id);
    const serviceUrl = state?.value.serviceUrl;
    if (cards.length === 0 || !serviceUrl) return 0;
    let updated = 0;
    await this.inConversation(tenantId, chatId, serviceUrl, async (context) => {
      const members = await this.memberIds(context);
      for (const card of cards) {
        const message = await this.sharedMessage(found, card.kind, card.locale, members);
        try {
          await this.deps.throttle.run(chatId, () => context.updateActivity({ ...message, id: card.activityId, type: 'message' }));
          updated++;
        } catch (error) {
          // A deleted message cannot be updated; the others still are.
          this.deps.logger.warn({ err: error, chat: chatId, activity: card.activityId }, 'could not update a record card');
        }
      }
    });
    return updated;
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
