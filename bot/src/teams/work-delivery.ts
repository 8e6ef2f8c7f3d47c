/**
 * Delivers one agent's notification batch in Teams (H3): one actionable card in their personal
 * chat with the bot (created or found through the connector's `createConversation`; the app must
 * be installed for them), and an activity-feed notification per case shown on the card (at most
 * MAX_WORK_CARD_ITEMS) that opens it in the tab. The card is marked sent on the claim before the
 * feed: the feed is best effort, and a takeover never sends the card twice.
 */
import { CardFactory, MessageFactory, type CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { CallerService } from '../domain/access/caller-service';
import type { Caller } from '../domain/access/access';
import type { Locale } from '../domain/shared/types';
import { ACTIVITY_TYPES, type ActivityFeed } from '../domain/work/activity-feed';
import type { DeliveryProgress, NotificationDelivery } from '../domain/work/notification-queue';
import type { WorkEvent } from '../domain/work/work-events';
import type { RecordDetails } from '../domain/records/record-details';
import { plainText } from '../cards/record-link-card';
import { MAX_WORK_CARD_ITEMS } from '../cards/work-card';
import { resolveLocale, t } from '../i18n/catalog';
import { isCustomerWords, type WorkCardView } from './work-card-view';
import type { ConversationRepository } from '../domain/conversations/conversation-repository';
import type { DirectoryRepository } from '../domain/access/directory-repository';

export interface WorkDeliveryDeps {
  adapter: CloudAdapter;
  botAppId: string;
  /** Where new personal conversations are created: Teams' connector, or the local sandbox's. */
  serviceUrl: () => string;
  callers: CallerService;
  directory: DirectoryRepository;
  conversations: ConversationRepository;
  view: WorkCardView;
  feed: ActivityFeed;
  /** The Teams deep link that opens a case in the tab. */
  deepLink: (type: string, id: string, label: string) => string;
  logger: Logger;
}

/** Bot Framework's audience for the public cloud's connector. */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

export class TeamsWorkDelivery implements NotificationDelivery {
  constructor(private readonly deps: WorkDeliveryDeps) {}

  async deliver(tenantId: string, userId: string, batch: { batchId: string; events: WorkEvent[] }, progress: DeliveryProgress): Promise<void> {
    const caller = await this.deps.callers.find(tenantId, userId);
    if (!caller) return; // no longer a Casebridge user of the tenant: nobody to tell
    const locale = resolveLocale(caller.user.locale);
    const { card, shown } = await this.deps.view.render(caller, batch, locale, { refreshUserIds: [] });
    if (shown.length === 0) return; // every case of the batch is out of their sight now
    await this.sendCard(tenantId, userId, { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), summary: t(locale, 'notify.card.summary') });
    if (!(await progress.cardSent())) return; // our claim was taken over: the feed is the other instance's now
    for (const details of shown.slice(0, MAX_WORK_CARD_ITEMS)) {
      const last = batch.events.filter((e) => e.recordId === details.record.id).at(-1);
      if (!last) continue;
      try {
        await this.feed(caller, details, last, locale);
      } catch (error) {
        this.deps.logger.warn({ err: error, tenant: tenantId, record: details.record.id }, 'activity-feed notification failed');
      }
    }
  }

  /** The card in the person's one-on-one chat with the bot. */
  private async sendCard(tenantId: string, userId: string, message: ReturnType<typeof MessageFactory.attachment>): Promise<void> {
    const { adapter, botAppId } = this.deps;
    await adapter.createConversationAsync(botAppId, 'msteams', this.deps.serviceUrl(), BOT_FRAMEWORK_AUDIENCE, {
      isGroup: false,
      bot: { id: botAppId, name: 'Casebridge' },
      members: [{ id: userId, name: '', aadObjectId: userId }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    }, async (context) => {
      await context.sendActivity(message);
    });
  }

  private async feed(caller: Caller, details: RecordDetails, event: WorkEvent, locale: Locale): Promise<void> {
    const r = details.record;
    const templateParameters: Record<string, string> = { caseNumber: r.number };
    let preview = plainText(r.title, 150);
    if (event.kind === 'customerReplied') {
      const message = await this.deps.conversations.getMessage(caller.tenantId, event.conversationId, event.messageId);
      const words = message && isCustomerWords(message.value, r.id) ? message.value : null;
      templateParameters.customer = words?.from?.name || words?.from?.address || t(locale, 'notify.customer');
      if (words) preview = plainText(words.visibleText || words.text, 150) || preview;
    } else {
      const by = await this.deps.directory.getUser(caller.tenantId, event.byUserId);
      templateParameters.assigner = by?.displayName ?? t(locale, 'notify.someone');
    }
    await this.deps.feed.send({
      tenantId: caller.tenantId,
      userId: caller.user.id,
      topic: { text: plainText(`${r.number} · ${r.title}`, 150), webUrl: this.deps.deepLink(r.type, r.id, r.number) },
      activityType: ACTIVITY_TYPES[event.kind],
      previewText: preview,
      templateParameters,
    });
  }

}
