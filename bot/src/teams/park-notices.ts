/**
 * J6 in Teams: when an item is parked for a delegator, a card goes to their personal chat with the
 * bot (created or found through the connector's `createConversation`, as the transfer cards are),
 * in their language; its posted copy is stored (ParkCardRepository), so the pick-up — from the tab,
 * the card, on any instance — updates every copy in place to "Picked up by …".
 */
import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { CallerService } from '../domain/access/caller-service';
import { parkCardsId, type ParkCardRef, type ParkCardRepository } from '../domain/delegation/park-cards';
import type { ParkedEvent, ParkNotices } from '../domain/delegation/ports';
import type { Locale } from '../domain/shared/types';
import { resolveLocale } from '../i18n/catalog';
import type { ParkCardView, RenderedParkCard } from './park-card-view';

export interface ParkNoticesDeps {
  adapter: CloudAdapter;
  botAppId: string;
  /** Where new personal conversations are created: Teams' connector, or the local sandbox's. */
  serviceUrl: () => string;
  callers: Pick<CallerService, 'find'>;
  cards: ParkCardRepository;
  view: ParkCardView;
  logger: Logger;
}

/** Bot Framework's audience for the public cloud's connector. */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

export class TeamsParkNotices implements ParkNotices {
  constructor(private readonly deps: ParkNoticesDeps) {}

  async parked(event: ParkedEvent): Promise<void> {
    // Told once per park: a retried park (park.ts finishes what a failed try left) posts no second card.
    if (await this.deps.cards.get(event.tenantId, parkCardsId(event.item, event.at))) return;
    const locale = await this.localeOf(event.tenantId, event.forUserId);
    const rendered = await this.deps.view.render(event, locale);
    if (!rendered) return; // gone meanwhile: nothing to tell
    const { adapter, botAppId } = this.deps;
    const refs: ParkCardRef[] = [];
    await adapter.createConversationAsync(botAppId, 'msteams', this.deps.serviceUrl(), BOT_FRAMEWORK_AUDIENCE, {
      isGroup: false,
      bot: { id: botAppId, name: 'Casebridge' },
      members: [{ id: event.forUserId, name: '', aadObjectId: event.forUserId }],
      tenantId: event.tenantId,
      channelData: { tenant: { id: event.tenantId } },
    }, async (context) => {
      const sent = await context.sendActivity(this.message(rendered));
      if (sent?.id) refs.push({ userId: event.forUserId, conversationId: context.activity.conversation.id, activityId: sent.id, serviceUrl: context.activity.serviceUrl || this.deps.serviceUrl() });
    });
    await this.deps.cards.put({ id: parkCardsId(event.item, event.at), tenantId: event.tenantId, kind: 'parkCards', item: event.item, at: event.at, cards: refs });
    this.deps.logger.info({ tenant: event.tenantId, item: event.item.id, kind: event.item.kind, cards: refs.length }, 'park card posted');
  }

  async pickedUp(event: ParkedEvent & { pickedUpAt: string }): Promise<void> {
    const doc = await this.deps.cards.get(event.tenantId, parkCardsId(event.item, event.at));
    if (!doc) return; // never posted (Teams refused): nothing to update
    await Promise.all(doc.cards.map(async (ref) => {
      try {
        const locale = await this.localeOf(event.tenantId, ref.userId);
        const rendered = await this.deps.view.render(event, locale);
        const card = rendered ? this.message(rendered) : MessageFactory.attachment(CardFactory.adaptiveCard(this.deps.view.gone(locale)));
        await this.inChat(event.tenantId, ref, async (context) => {
          await context.updateActivity({ ...card, id: ref.activityId, type: 'message' });
        });
      } catch (error) {
        // A deleted message cannot be updated; the others still are.
        this.deps.logger.warn({ err: error, tenant: event.tenantId, item: event.item.id, activity: ref.activityId }, 'could not update a park card');
      }
    }));
  }

  private message(rendered: RenderedParkCard) {
    return { ...MessageFactory.attachment(CardFactory.adaptiveCard(rendered.card)), summary: rendered.summary };
  }

  private async localeOf(tenantId: string, userId: string): Promise<Locale> {
    const caller = await this.deps.callers.find(tenantId, userId);
    return resolveLocale(caller?.user.locale);
  }

  private async inChat(tenantId: string, ref: ParkCardRef, use: (context: TurnContext) => Promise<void>): Promise<void> {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: ref.serviceUrl,
      conversation: { id: ref.conversationId, tenantId, conversationType: 'personal', isGroup: false, name: '' },
      bot: { id: this.deps.botAppId, name: 'Casebridge' },
    };
    await this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference, use);
  }
}
