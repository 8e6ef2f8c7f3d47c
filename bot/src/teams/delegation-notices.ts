/**
 * J1 in Teams: the delegate is told in their personal chat with the bot when a colleague names
 * them a delegate or ends it — a card in the delegate's language (their profile's) with a button
 * that opens the tab's delegation page. The chat is created or found through the connector's
 * `createConversation` (Teams' global connector, or the local sandbox's), as transfer cards are.
 */
import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import { delegationCard, delegationSummary } from '../cards/delegation-card';
import type { CallerService } from '../domain/access/caller-service';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import type { DelegationNotices } from '../domain/delegation/ports';
import { resolveLocale, t } from '../i18n/catalog';

export interface DelegationNoticesDeps {
  adapter: CloudAdapter;
  botAppId: string;
  /** Where new personal conversations are created: Teams' connector, or the local sandbox's. */
  serviceUrl: () => string;
  callers: Pick<CallerService, 'find'>;
  directory: Pick<DirectoryRepository, 'getUser'>;
  teamsAppId: string;
  publicUrl: string;
  logger: Logger;
}

/** Bot Framework's audience for the public cloud's connector. */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

/** The Teams deep link to the tab's delegation page (the "records" personal tab, at /delegation). */
export function delegationPageLink(teamsAppId: string, publicUrl: string, label: string): string {
  const params = new URLSearchParams({ webUrl: `${publicUrl}/delegation`, label, context: JSON.stringify({ subEntityId: 'delegation' }) });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/records?${params.toString()}`;
}

export class TeamsDelegationNotices implements DelegationNotices {
  constructor(private readonly deps: DelegationNoticesDeps) {}

  async delegationChanged(event: Parameters<DelegationNotices['delegationChanged']>[0]): Promise<void> {
    const { adapter, botAppId, logger } = this.deps;
    const [delegate, delegator] = await Promise.all([
      this.deps.callers.find(event.tenantId, event.delegateId),
      this.deps.directory.getUser(event.tenantId, event.delegatorId),
    ]);
    if (!delegate) return; // no longer a user here: nobody to tell
    const locale = resolveLocale(delegate.user.locale);
    const model = {
      locale, change: event.change, delegatorName: delegator?.displayName ?? '',
      openUrl: delegationPageLink(this.deps.teamsAppId, this.deps.publicUrl, t(locale, 'delegation.tabLabel')),
    };
    const message = { ...MessageFactory.attachment(CardFactory.adaptiveCard(delegationCard(model))), summary: delegationSummary(model) };
    const serviceUrl = this.deps.serviceUrl();
    let conversationId = '';
    let chatServiceUrl = serviceUrl;
    await adapter.createConversationAsync(botAppId, 'msteams', serviceUrl, BOT_FRAMEWORK_AUDIENCE, {
      isGroup: false,
      bot: { id: botAppId, name: 'Casebridge' },
      members: [{ id: event.delegateId, name: '', aadObjectId: event.delegateId }],
      tenantId: event.tenantId,
      channelData: { tenant: { id: event.tenantId } },
    }, async (context) => {
      conversationId = context.activity.conversation.id;
      chatServiceUrl = context.activity.serviceUrl || serviceUrl;
    });
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: chatServiceUrl,
      conversation: { id: conversationId, tenantId: event.tenantId, conversationType: 'personal', isGroup: false, name: '' },
      bot: { id: botAppId, name: 'Casebridge' },
    };
    await adapter.continueConversationAsync(botAppId, reference, async (context) => {
      await context.sendActivity(message);
    });
    logger.info({ tenant: event.tenantId, delegate: event.delegateId, change: event.change }, 'delegation notice sent');
  }
}
