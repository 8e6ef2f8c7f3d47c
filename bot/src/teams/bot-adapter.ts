/**
 * Hosts the bot on restify at /api/messages with botbuilder's CloudAdapter. With an app id
 * configured, every request must carry a valid Bot Framework token (401 otherwise), checked before
 * the body is read; the token's serviceurl claim must then name the activity's serviceUrl. Without
 * one (local mode) the bot replies only to the local connectors it knows. Every activity is checked
 * against activity-schema.ts before botbuilder sees it.
 */
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { readJsonBody } from '../http/body';
import { localeOf } from '../http/mount';
import { sendProblem } from '../http/send-problem';
import { problemFromError, problemOf } from '../http/problem';
import { t, resolveLocale, type MessageKey } from '../i18n/catalog';
import type { Locale } from '../domain/shared/types';
import { CasebridgeBot, type BotOptions } from './casebridge-bot';
import { checkActivity } from './activity-schema';
import { AGENTS_PLAYGROUND_SERVICE_URL, isAllowedLocalServiceUrl, SERVICE_URL_CLAIM, serviceUrlMatchesClaim } from './service-url';
import type { ChatEvents } from './chat-events';
import type { RecordLinkService } from '../domain/records/record-link';
import type { CardActions } from './card-actions';
import type { RecordCards } from './record-cards';

export interface BotHostOptions {
  appId: string | undefined;
  appPassword: string | undefined;
  appTenantId: string | undefined;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** Without an app id: loopback connectors (tests) the bot may reply to, besides the local ones. */
  allowedServiceUrls: string[];
  /** Without an app id: the Teams sandbox's connector on this server, once it listens (local mode). */
  localServiceUrls: () => string[];
  publicUrl: string;
  maxBodyBytes: number;
  logger: Logger;
}

/** Casebridge is a Teams app: the channel a token's signing key must be endorsed for. */
const TEAMS_CHANNEL = 'msteams';

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateStreamingRequest']>>;

/** The CloudAdapter, split so the token is checked before the body is read. */
export class BotAdapter extends CloudAdapter {
  constructor(private readonly auth: ConfigurationBotFrameworkAuthentication) {
    super(auth);
  }

  /** Validates the Authorization header alone (signature, issuer, audience, Teams endorsement). */
  async authenticateHeader(authHeader: string): Promise<AuthResult> {
    const result = await this.auth.authenticateStreamingRequest(authHeader, TEAMS_CHANNEL);
    return { ...result, connectorFactory: this.auth.createConnectorFactory(result.claimsIdentity) };
  }

  /** Runs a turn for a checked activity: with the header's result, or unauthenticated (null). */
  async run(auth: AuthResult | null, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return auth ? this.processActivity(auth, activity, logic) : this.processActivity('', activity, logic);
  }
}

/** The Bot Framework adapter, built once and shared by the endpoint and proactive posting. */
export function createBotAdapter(options: Pick<BotHostOptions, 'appId' | 'appPassword' | 'appTenantId' | 'appType'> & { openIdMetadataUrl?: string | undefined }): BotAdapter {
  const authOptions: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: options.appId ?? '',
    MicrosoftAppPassword: options.appPassword ?? '',
    MicrosoftAppTenantId: options.appTenantId ?? '',
    // With no app id (local mode) botbuilder skips authentication; it only accepts that for MultiTenant.
    MicrosoftAppType: options.appId ? options.appType : 'MultiTenant',
    // Tests: the public cloud's settings, but the channel's signing keys from a loopback server.
    // botbuilder takes all of these as given once one is set.
    ...(options.openIdMetadataUrl
      ? {
          ToBotFromChannelOpenIdMetadataUrl: options.openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: options.openIdMetadataUrl,
          ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
          ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
          ToChannelFromBotOAuthScope: 'https://api.botframework.com',
          OAuthUrl: 'https://api.botframework.com',
          CallerId: 'urn:botframework:azure',
          ValidateAuthority: true,
        }
      : {}),
  };
  return new BotAdapter(new ConfigurationBotFrameworkAuthentication(authOptions));
}

/** A refused token: botbuilder's AuthenticationError (401) or jsonwebtoken's verification errors. */
function isTokenRefusal(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (Reflect.get(error, 'statusCode') === 401) return true;
  return ['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError'].includes(error.name);
}

/** Mounts POST /api/messages. */
export function mountBot(server: Server, adapter: BotAdapter, options: BotHostOptions & { chatEvents: ChatEvents; links: RecordLinkService; cards: RecordCards; cardActions: CardActions; work: BotOptions['work']; sessions: BotOptions['sessions']; park: BotOptions['park'] }): void {
  const { logger } = options;
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, type: context.activity.type }, 'bot turn failed');
    // An invoke gets a 500, not botbuilder's "not implemented" for a turn without an answer.
    if (context.activity.type === ActivityTypes.Invoke) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 500 } });
      return;
    }
    // Only a person talking to the bot gets an apology; the bot also reads every message of
    // connected group chats, and must never answer those with error messages.
    if (context.activity.type === 'message' && context.activity.conversation?.conversationType === 'personal') {
      await context.sendActivity(t(resolveLocale(context.activity.locale), 'error.internal'));
    }
  };
  const bot = new CasebridgeBot({ logger, publicUrl: options.publicUrl, chatEvents: options.chatEvents, links: options.links, cards: options.cards, cardActions: options.cardActions, work: options.work, sessions: options.sessions, park: options.park });
  const authenticated = Boolean(options.appId);
  const localServiceUrls = () => [...options.localServiceUrls(), AGENTS_PLAYGROUND_SERVICE_URL, ...options.allowedServiceUrls];

  server.post('/api/messages', async (req: Request, res: Response) => {
    const refuse = (status: number, key: MessageKey, locale: Locale, log: Record<string, unknown>, params: Record<string, string> = {}) => {
      logger.warn({ status, ...log }, 'activity refused');
      sendProblem(res, problemOf(status, key, locale, params));
    };
    let auth: AuthResult | null = null;
    if (authenticated) {
      try {
        auth = await adapter.authenticateHeader(req.headers.authorization ?? '');
      } catch (error) {
        if (isTokenRefusal(error)) return refuse(401, 'error.unauthorized', localeOf(req), { reason: 'token' });
        logger.error({ err: error }, 'bot token validation failed');
        return sendProblem(res, problemOf(503, 'error.internal', localeOf(req)));
      }
    }
    let body: unknown;
    try {
      body = await readJsonBody(req, options.maxBodyBytes);
    } catch (error) {
      return sendProblem(res, problemFromError(error, localeOf(req)));
    }
    const claimedLocale: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'locale') : undefined;
    const locale = typeof claimedLocale === 'string' ? resolveLocale(claimedLocale) : localeOf(req);
    const checked = checkActivity(body);
    if (!checked.ok) return refuse(400, 'error.activity.invalid', locale, { reason: checked.field }, { field: checked.field });
    const { activity } = checked;
    if (auth) {
      const claim = auth.claimsIdentity.getClaimValue(SERVICE_URL_CLAIM);
      if (!serviceUrlMatchesClaim(activity.serviceUrl, claim) || activity.channelId !== TEAMS_CHANNEL) {
        return refuse(401, 'error.unauthorized', locale, { reason: 'serviceUrl claim', type: activity.type });
      }
    } else if (!isAllowedLocalServiceUrl(activity.serviceUrl, localServiceUrls())) {
      return refuse(403, 'error.activity.serviceUrl', locale, { reason: 'serviceUrl', type: activity.type });
    }
    try {
      const response = await adapter.run(auth, activity, (context) => bot.run(context));
      const status = response?.status ?? 200;
      // onTurnError's answer for a failed invoke: the same problem as any internal error.
      if (status === 500 && response?.body === undefined) return sendProblem(res, problemOf(500, 'error.internal', locale));
      const text = response?.body === undefined ? '' : JSON.stringify(response.body);
      res.writeHead(status, text ? { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) } : { 'content-length': 0 });
      res.end(text);
    } catch (error) {
      // The turn's own errors are handled by onTurnError; this is what failed around it.
      logger.error({ err: error, type: activity.type }, 'bot activity failed');
      if (!res.headersSent) sendProblem(res, problemOf(500, 'error.internal', locale));
    }
  });
}
