/**
 * I4/I5 in Teams: the transfer card goes to the colleague's personal chat with the bot (Accept,
 * Decline) and a copy to the first agent's (and the asking manager's: Cancel), each in its reader's
 * language (their profile's); each pending copy refreshes for its own reader only; after the
 * decision every posted card is updated in place, final (the activities themselves, not only the
 * presser's view; no refresh, no customer messages, no lookups before the update); a takeover is
 * told to the agent who had the chat and confirmed to the manager. Personal chats are created or found through the connector's `createConversation`
 * (Teams' global connector, or the local sandbox's), as the H3 notification card is.
 */
import { CardFactory, MessageFactory, TeamsInfo, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { safeName, sentence } from '../cards/transfer-card';
import type { CallerService } from '../domain/access/caller-service';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import type { SessionTeams } from '../domain/sessions/ports';
import type { ChatSession, Transfer } from '../domain/sessions/session';
import type { Locale } from '../domain/shared/types';
import { resolveLocale, t } from '../i18n/catalog';
import type { TransferCardView } from './transfer-card-view';

export interface SessionTeamsDeps {
  adapter: CloudAdapter;
  botAppId: string;
  /** Where new personal conversations are created: Teams' connector, or the local sandbox's. */
  serviceUrl: () => string;
  callers: CallerService;
  directory: Pick<DirectoryRepository, 'getUsers'>;
  view: TransferCardView;
  logger: Logger;
}

/** Bot Framework's audience for the public cloud's connector. */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

type CardRef = Transfer['cards'][number];

/** A person's personal chat with the bot, and their Bot Framework id in it (for the card's refresh). */
interface PersonalChat {
  userId: string;
  conversationId: string;
  serviceUrl: string;
  botUserId: string | null;
  locale: Locale;
}

export class TeamsSessionTeams implements SessionTeams {
  constructor(private readonly deps: SessionTeamsDeps) {}

  async transferOffered(session: ChatSession, transfer: Transfer): Promise<Transfer['cards']> {
    const readers = [...new Set([transfer.toUserId, transfer.fromUserId, transfer.byUserId])];
    const chats = (await Promise.all(readers.map((userId) => this.open(session.tenantId, userId)))).flatMap((c) => (c ? [c] : []));
    const cards: CardRef[] = [];
    for (const chat of chats) {
      try {
        // Each copy refreshes for its own reader only (what a refresh draws is that reader's view).
        const card = await this.deps.view.render(session, transfer, chat.userId, chat.locale, { refreshUserIds: chat.botUserId ? [chat.botUserId] : [] });
        const message = { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), summary: this.summary(session, chat.locale) };
        let activityId = '';
        await this.inChat(session.tenantId, chat, async (context) => {
          activityId = (await context.sendActivity(message))?.id ?? '';
        });
        if (activityId) cards.push({ userId: chat.userId, conversationId: chat.conversationId, activityId, serviceUrl: chat.serviceUrl });
      } catch (error) {
        // One person's chat failing (the app not installed for them) leaves the others' cards.
        this.deps.logger.warn({ err: error, tenant: session.tenantId, session: session.id, user: chat.userId }, 'could not post a transfer card');
      }
    }
    this.deps.logger.info({ tenant: session.tenantId, session: session.id, transfer: transfer.id, cards: cards.length }, 'transfer cards posted');
    return cards;
  }

  async transferDecided(session: ChatSession, transfer: Transfer): Promise<void> {
    await Promise.all(transfer.cards.map(async (ref) => {
      try {
        // A decided card is final (no refresh): nothing to look up in the chat before updating it.
        const chat: PersonalChat = { userId: ref.userId, conversationId: ref.conversationId, serviceUrl: ref.serviceUrl, botUserId: null, locale: await this.localeOf(session.tenantId, ref.userId) };
        const card = await this.deps.view.render(session, transfer, ref.userId, chat.locale, { refreshUserIds: [] });
        await this.inChat(session.tenantId, chat, async (context) => {
          await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), summary: this.summary(session, chat.locale), id: ref.activityId, type: 'message' });
        });
      } catch (error) {
        // A deleted message cannot be updated; the others still are.
        this.deps.logger.warn({ err: error, tenant: session.tenantId, session: session.id, activity: ref.activityId }, 'could not update a transfer card');
      }
    }));
  }

  async takenOver(session: ChatSession, managerId: string, previousAgentId: string | null): Promise<void> {
    const users = await this.deps.directory.getUsers(session.tenantId, [managerId]);
    const manager = users[0] ? safeName(users[0].displayName) : '';
    const tell = async (userId: string, text: (locale: Locale, customer: string) => string) => {
      const chat = await this.open(session.tenantId, userId);
      if (!chat) return;
      const customer = session.visitor.name ? safeName(session.visitor.name) : t(chat.locale, 'sessioncards.visitor');
      try {
        await this.inChat(session.tenantId, chat, async (context) => {
          await context.sendActivity(MessageFactory.text(text(chat.locale, customer)));
        });
      } catch (error) {
        this.deps.logger.warn({ err: error, tenant: session.tenantId, session: session.id, user: userId }, 'could not tell about a takeover');
      }
    };
    if (previousAgentId && previousAgentId !== managerId) {
      await tell(previousAgentId, (locale, customer) => sentence(t(locale, 'sessioncards.takenOver.agent', { manager: manager || t(locale, 'sessioncards.someone'), customer })));
    }
    await tell(managerId, (locale, customer) => t(locale, 'sessioncards.takenOver.manager', { customer }));
  }

  private summary(session: ChatSession, locale: Locale): string {
    return t(locale, 'sessioncards.summary', { customer: session.visitor.name?.replace(/\s+/g, ' ').trim().slice(0, 80) || t(locale, 'sessioncards.visitor') });
  }

  private async localeOf(tenantId: string, userId: string): Promise<Locale> {
    const caller = await this.deps.callers.find(tenantId, userId);
    return resolveLocale(caller?.user.locale);
  }

  /** Opens (or finds) the person's personal chat with the bot; null when Teams refuses (logged). */
  private async open(tenantId: string, userId: string): Promise<PersonalChat | null> {
    const { adapter, botAppId } = this.deps;
    const serviceUrl = this.deps.serviceUrl();
    try {
      const locale = await this.localeOf(tenantId, userId);
      let found: PersonalChat | null = null;
      await adapter.createConversationAsync(botAppId, 'msteams', serviceUrl, BOT_FRAMEWORK_AUDIENCE, {
        isGroup: false,
        bot: { id: botAppId, name: 'Casebridge' },
        members: [{ id: userId, name: '', aadObjectId: userId }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      }, async (context) => {
        const conversationId = context.activity.conversation.id;
        found = { userId, conversationId, serviceUrl: context.activity.serviceUrl || serviceUrl, botUserId: await this.botUserId(context, userId), locale };
      });
      return found;
    } catch (error) {
      this.deps.logger.warn({ err: error, tenant: tenantId, user: userId }, 'could not open a personal chat');
      return null;
    }
  }

  /** The person's Bot Framework id (`29:…`, what `refresh.userIds` lists); null when the connector does not say. */
  private async botUserId(context: TurnContext, userId: string): Promise<string | null> {
    try {
      return (await TeamsInfo.getMember(context, userId)).id || null;
    } catch (error) {
      // Without it the reader refreshes by hand; the card itself is still right.
      this.deps.logger.warn({ err: error, conversation: context.activity.conversation.id }, 'could not look up a chat member');
      return null;
    }
  }

  private async inChat(tenantId: string, chat: PersonalChat, use: (context: TurnContext) => Promise<void>): Promise<void> {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: chat.serviceUrl,
      conversation: { id: chat.conversationId, tenantId, conversationType: 'personal', isGroup: false, name: '' },
      bot: { id: this.deps.botAppId, name: 'Casebridge' },
    };
    await this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference, use);
  }
}
