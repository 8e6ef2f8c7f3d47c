/**
 * The Teams activity handler: the only place (with bot-adapter.ts) that knows botbuilder.
 * It parses what Teams sends and answers with cards rendered by pure functions.
 */
import { CardFactory, MessageFactory, StatusCodes, TeamsActivityHandler, TurnContext, type InvokeResponse } from 'botbuilder';
import type { CardActions } from './card-actions';
import type { RecordCards } from './record-cards';
import type { RecordLinkService } from '../domain/records/record-link';
import { unfurlAnswer } from './link-unfurl';
import type { Logger } from 'pino';
import { welcomeCard } from '../cards/welcome-card';
import { resolveLocale, t } from '../i18n/catalog';
import type { ChatEvents } from './chat-events';
import { isInvokeName, LinkQueryValue, type InvokeName } from './activity-schema';
import type { CaseSearchExtension } from './case-search-extension';
import { isWorkCardInvoke, type WorkCardActions } from './work-card-actions';
import { isSessionCardInvoke, type SessionCardActions } from './session-card-actions';
import { isParkCardInvoke, type ParkCardActions } from './park-card-actions';

export interface BotOptions {
  logger: Logger;
  /** The web address of the app (the Open button of the welcome card). */
  publicUrl: string;
  chatEvents: ChatEvents;
  links: RecordLinkService;
  cards: RecordCards;
  cardActions: CardActions;
  /** H3: the notification card's buttons and the search message extension. */
  work: { actions: WorkCardActions; search: CaseSearchExtension };
  /** I1/I4: the transfer and status cards' buttons, and the personal chat's "status" command. */
  sessions: SessionCardActions;
  /** J6: the park card's "Pick up". */
  park: ParkCardActions;
}

export class CasebridgeBot extends TeamsActivityHandler {
  constructor(private readonly options: BotOptions) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onTeamsMessageEditEvent(async (context, next) => {
      const { activity } = context;
      if (activity.conversation.tenantId && activity.id) {
        const at = (activity.timestamp ? new Date(activity.timestamp) : new Date()).toISOString();
        await this.options.chatEvents.messageEdited(activity.conversation.tenantId, activity.conversation.id, activity.id, activity.text ?? '', at);
      }
      await next();
    });
    this.onTeamsMessageSoftDeleteEvent(async (context, next) => {
      const { activity } = context;
      if (activity.conversation.tenantId && activity.id) {
        await this.options.chatEvents.messageDeleted(activity.conversation.tenantId, activity.conversation.id, activity.id);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const { activity } = context;
      if (activity.conversation.conversationType === 'groupChat' && activity.conversation.tenantId && activity.id) {
        const at = activity.timestamp ? new Date(activity.timestamp) : new Date();
        await this.options.chatEvents.messageSeen(activity.conversation.tenantId, activity.conversation.id, {
          id: activity.id,
          fromUserId: activity.from.aadObjectId ?? null,
          fromName: activity.from.name ?? '',
          at: at.toISOString(),
          atMs: at.getTime(),
        }, activity.text ?? '');
      }
      if (activity.conversation.conversationType === 'groupChat' && this.mentionsMe(context)) {
        await this.options.cards.postForChat(context);
      } else if (activity.conversation.conversationType === 'personal') {
        await this.answerPersonal(context);
      }
      await next();
    });
  }

  /** The invokes Casebridge answers, by name; the edge (activity-schema.ts) checked their values. */
  private readonly invokes: Record<InvokeName, (context: TurnContext) => Promise<InvokeResponse>> = {
    'composeExtension/queryLink': (context) => this.unfurl(context, 'member'),
    'composeExtension/anonymousQueryLink': (context) => this.unfurl(context, 'anonymous'),
    'adaptiveCard/action': (context) => this.cardAction(context),
    'composeExtension/query': (context) => this.searchCases(context),
  };

  /** Dispatches through the table; any other invoke is not implemented (no botbuilder defaults). */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = context.activity.name ?? '';
    if (!isInvokeName(name)) return { status: StatusCodes.NOT_IMPLEMENTED };
    return this.invokes[name](context);
  }

  /** F5: Action.Execute on a record card, and Teams' automatic refresh of one. */
  private async cardAction(context: TurnContext): Promise<InvokeResponse> {
    const { activity } = context;
    const handler = isWorkCardInvoke(activity.value) ? this.options.work.actions
      : isSessionCardInvoke(activity.value) ? this.options.sessions
        : isParkCardInvoke(activity.value) ? this.options.park
          : this.options.cardActions;
    const response = await handler.handle({
      tenantId: activity.conversation?.tenantId ?? tenantOf(activity.channelData),
      userId: activity.from?.aadObjectId,
      botUserId: activity.from?.id,
      conversationId: activity.conversation?.id ?? '',
      replyToId: activity.replyToId,
      locale: activity.locale ? resolveLocale(activity.locale) : undefined,
      value: activity.value,
    });
    return { status: response.statusCode, body: response };
  }

  /** H3: the search message extension: cases the person may read, as link cards; anything wrong is a friendly message. */
  private async searchCases(context: TurnContext): Promise<InvokeResponse> {
    const { activity } = context;
    const tenantId = activity.conversation?.tenantId ?? tenantOf(activity.channelData);
    const answer = await this.options.work.search.query(tenantId, activity.from?.aadObjectId, resolveLocale(activity.locale), activity.value);
    return { status: StatusCodes.OK, body: answer };
  }

  /** A message in the personal chat: "status" (I1), or a record number or link gets the record's card. */
  private async answerPersonal(context: TurnContext): Promise<void> {
    const { activity } = context;
    const locale = resolveLocale(activity.locale);
    const tenantId = activity.conversation.tenantId ?? tenantOf(activity.channelData);
    const text = (activity.text ?? '').trim();
    const status = tenantId && activity.from.aadObjectId ? await this.options.sessions.statusCommand(tenantId, activity.from.aadObjectId, locale, text) : null;
    if (status) {
      await this.options.cards.send(context, status.kind === 'card' ? MessageFactory.attachment(CardFactory.adaptiveCard(status.card)) : MessageFactory.text(status.text));
      return;
    }
    const answer = tenantId && activity.from.aadObjectId && text ? await this.options.cardActions.lookup(tenantId, activity.from.aadObjectId, activity.from.id, locale, text) : null;
    if (answer?.kind === 'card') await this.options.cards.send(context, MessageFactory.attachment(CardFactory.adaptiveCard(answer.card)));
    else if (answer?.kind === 'notFound') await this.options.cards.send(context, MessageFactory.text(t(locale, 'card.notFound', { query: answer.query.slice(0, 200) })));
    else await this.options.cards.send(context, MessageFactory.text(t(locale, 'bot.didNotUnderstand')));
  }

  /** Whether the message @mentions this bot. */
  private mentionsMe(context: TurnContext): boolean {
    const me = context.activity.recipient?.id;
    return Boolean(me) && TurnContext.getMentions(context.activity).some((m) => m.mentioned?.id === me);
  }

  /** F1, F2, F4: a record link pasted in a chat, channel or meeting chat; F3: anonymous unfurling never shows record information. */
  private async unfurl(context: TurnContext, asker: 'member' | 'anonymous'): Promise<InvokeResponse> {
    const query = LinkQueryValue.safeParse(context.activity.value);
    if (!query.success) return { status: StatusCodes.BAD_REQUEST };
    const link = query.data.url;
    const locale = resolveLocale(context.activity.locale);
    const tenantId = context.activity.conversation?.tenantId ?? '';
    const userId = context.activity.from?.aadObjectId ?? '';
    const details = asker === 'member' && tenantId && userId ? await this.options.links.resolve(tenantId, userId, link) : null;
    return { status: StatusCodes.OK, body: unfurlAnswer(this.options.links.canonicalUrl(link), details, locale) };
  }

  private async welcome(context: TurnContext): Promise<void> {
    const locale = resolveLocale(context.activity.locale);
    const scope = context.activity.conversation.conversationType;
    this.options.logger.info({ scope, tenant: context.activity.conversation.tenantId }, 'app installed');
    if (scope === 'personal' || scope === undefined) {
      const card = welcomeCard({ locale, openUrl: this.options.publicUrl });
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      return;
    }
    const tenantId = context.activity.conversation.tenantId;
    if (scope === 'groupChat' && tenantId) {
      // The chat's address is known now: waiting intro cards go out and say what the chat is for.
      const byHand = await this.options.chatEvents.appInstalled(tenantId, context.activity.conversation.id, context.activity.serviceUrl);
      if (!byHand) return;
    }
    // Said to everyone there: the tenant's language (no record yet), not the installer's (chat-language.ts).
    const chatLocale = tenantId ? await this.options.cards.chatLanguage(tenantId, null) : locale;
    await context.sendActivity(t(chatLocale, 'welcome.group'));
  }
}

/** `channelData.tenant.id`, where Teams also puts the tenant. */
function tenantOf(channelData: unknown): string | undefined {
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const tenant: unknown = Reflect.get(channelData, 'tenant');
  if (typeof tenant !== 'object' || tenant === null) return undefined;
  const id: unknown = Reflect.get(tenant, 'id');
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}
