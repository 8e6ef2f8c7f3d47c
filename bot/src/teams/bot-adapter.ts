/**
 * Hosts the bot on restify at /api/messages with botbuilder's CloudAdapter. With an app id
 * configured, every request must carry a valid Bot Framework token (401 otherwise).
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { readJsonBody } from '../http/body';
import { localeOf, sendProblem } from '../http/mount';
import { problemFromError, problemOf } from '../http/problem';
import { t, resolveLocale } from '../i18n/catalog';
import { CasebridgeBot } from './casebridge-bot';
import type { LastMessage } from '../domain/chats/chat-repository';
import type { RecordLinkService } from '../domain/records/record-link';
import type { CardActions } from './card-actions';
import type { RecordCards } from './record-cards';

export interface BotHostOptions {
  appId: string | undefined;
  appPassword: string | undefined;
  appTenantId: string | undefined;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  publicUrl: string;
  maxBodyBytes: number;
  logger: Logger;
}

/** What the bot reports about chats to the chat domain. */
export interface ChatEvents {
  /** Returns true when the installation was done by hand (not by Casebridge connecting the chat). */
  appInstalled(tenantId: string, chatId: string, serviceUrl: string): Promise<boolean>;
  /** E1, E6: a message was posted in a chat (the bot receives every message where it is installed). */
  messageSeen(tenantId: string, chatId: string, message: LastMessage, text: string): Promise<void>;
  /** E6: a message was edited in Teams. */
  messageEdited(tenantId: string, chatId: string, messageId: string, text: string, at: string): Promise<void>;
  /** E6: a message was deleted in Teams. */
  messageDeleted(tenantId: string, chatId: string, messageId: string): Promise<void>;
}

/** The Bot Framework adapter, built once and shared by the endpoint and proactive posting. */
export function createBotAdapter(options: Pick<BotHostOptions, 'appId' | 'appPassword' | 'appTenantId' | 'appType'>): CloudAdapter {
  const authOptions: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: options.appId ?? '',
    MicrosoftAppPassword: options.appPassword ?? '',
    MicrosoftAppTenantId: options.appTenantId ?? '',
    // With no app id (local mode) botbuilder skips authentication; it only accepts that for MultiTenant.
    MicrosoftAppType: options.appId ? options.appType : 'MultiTenant',
  };
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authOptions));
}

/** Mounts POST /api/messages. */
export function mountBot(server: Server, adapter: CloudAdapter, options: BotHostOptions & { chatEvents: ChatEvents; links: RecordLinkService; cards: RecordCards; cardActions: CardActions }): void {
  adapter.onTurnError = async (context, error) => {
    options.logger.error({ err: error, type: context.activity.type }, 'bot turn failed');
    // Only a person talking to the bot gets an apology; the bot also reads every message of
    // connected group chats, and must never answer those with error messages.
    if (context.activity.type === 'message' && context.activity.conversation?.conversationType === 'personal') {
      await context.sendActivity(t(resolveLocale(context.activity.locale), 'error.internal'));
    }
  };
  const bot = new CasebridgeBot({ logger: options.logger, publicUrl: options.publicUrl, chatEvents: options.chatEvents, links: options.links, cards: options.cards, cardActions: options.cardActions });
  server.post('/api/messages', async (req: Request, res: Response) => {
    try {
      req.body = await readJsonBody(req, options.maxBodyBytes);
    } catch (error) {
      sendProblem(res, problemFromError(error, localeOf(req)));
      return;
    }
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || !('type' in body) || typeof body.type !== 'string') {
      sendProblem(res, problemOf(400, 'error.validation', localeOf(req)));
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      options.logger.warn({ err: error }, 'activity refused');
      if (!res.headersSent) sendProblem(res, problemOf(400, 'error.validation', localeOf(req)));
    }
  });
}
