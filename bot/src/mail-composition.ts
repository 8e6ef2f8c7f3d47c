/**
 * Builds H1's intake and outgoing mail for a configuration: the blob store, the intake pipeline
 * and its durable front door, the sender loop, and the edges that feed intake — local mode's SMTP
 * server, the signed raw-MIME webhook, Azure's Graph shared mailbox, and the public web form.
 */
import { DefaultAzureCredential } from '@azure/identity';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Config } from './config';
import type { DirectoryRepository } from './domain/access/directory-repository';
import { ConversationService } from './domain/conversations/conversation-service';
import { RecordIndexService } from './domain/search/record-index-service';
import { IntakePipeline } from './domain/intake/intake-pipeline';
import { IntakeService } from './domain/intake/intake-service';
import { PermanentSendError, type MailProvider } from './domain/intake/mail-provider';
import { PhoneIntake } from './domain/intake/phone-intake';
import type { PeopleService } from './domain/people/people-service';
import type { RecordService } from './domain/records/record-service';
import type { RecordTypeService } from './domain/records/record-type-service';
import type { SettingsService } from './domain/settings/settings-service';
import type { BlobStore } from './domain/shared/blob-store';
import type { Clock } from './domain/shared/types';
import { AzureBlobStore } from './blobs/azure-blob-store';
import { CountingBlobStore } from './blobs/counting-blob-store';
import { OnBehalfOfTokenProvider } from './graph/graph-tokens';
import { CosmosMailboxStateRepository } from './mail/graph/cosmos-mailbox-state-repository';
import { startGraphMailbox, type GraphMailbox } from './mail/graph/start-graph-mailbox';
import { mountMimeWebhook } from './mail/mime-webhook';
import { OutgoingSender } from './mail/outgoing-sender';
import { parseMail } from './mail/parse';
import { startSmtpIntake, type SmtpIntake } from './mail/smtp-intake';
import { cosmosAckLimiter } from './storage/ack-limiter';
import { CosmosAddressHealthRepository } from './storage/cosmos/cosmos-address-health';
import type { Store } from './storage/cosmos/cosmos-store';
import { localeOf } from './http/mount';
import { mountWebForm, webFormOpenApiPaths } from './webform/mount';
import { loadOrCreateLocalWebFormSecret } from './webform/secret';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { CosmosRateLimiter } from './storage/cosmos/cosmos-rate-limiter';
import { NotFoundError } from './domain/shared/errors';
import type { WorkNotifier } from './domain/work/work-events';

export { webFormOpenApiPaths };

export interface MailParts {
  blobs: CountingBlobStore;
  intake: IntakeService;
  conversations: ConversationService;
  phone: PhoneIntake;
  /** H1's pipeline, for requests that come by other doors (a message left on a chat site, I2). */
  pipeline: IntakePipeline;
  sender: OutgoingSender;
  /** Mounts the webhook (and Graph's notification routes in azure mode) before the server listens. */
  mount(server: Server): void;
  /** After the server listens: SMTP (local), the Graph subscription (azure), the loops. */
  start(): Promise<{ smtpPort: number | null }>;
  stop(): Promise<void>;
}

export interface MailDeps {
  config: Config;
  logger: Logger;
  store: Store;
  records: RecordService;
  recordTypes: RecordTypeService;
  settings: SettingsService;
  directory: DirectoryRepository;
  people: PeopleService;
  clock: Clock;
  /** Local mode: the blob store on Azurite, and the outbox provider over it. */
  local?: { blobs: BlobStore; provider: MailProvider } | undefined;
  /** H3: told when a customer's follow-up lands on a case someone owns. */
  notifier?: WorkNotifier | undefined;
}

/** A provider for azure mode without a mailbox: every send fails visibly on its message. */
const NO_PROVIDER: MailProvider = {
  send: async () => {
    throw new PermanentSendError('no mail provider is configured (set MAIL_MAILBOX)');
  },
};

/** The blob store of azure mode: the account URL with the managed identity, or a connection string. */
async function azureBlobs(config: Config): Promise<BlobStore> {
  if (config.blobs.connectionString) {
    const store = AzureBlobStore.fromConnectionString(config.blobs.connectionString);
    await store.ensureContainers();
    return store;
  }
  if (!config.blobs.url) throw new Error('No blob storage: set AZURE_STORAGE_BLOB_URL');
  return AzureBlobStore.fromAccountUrl(config.blobs.url, new DefaultAzureCredential());
}

export async function createMail(d: MailDeps): Promise<MailParts> {
  const { config, logger, store, clock } = d;
  const blobs = new CountingBlobStore(d.local?.blobs ?? (await azureBlobs(config)));
  const conversations = new ConversationService(store.conversations, d.records, d.directory, clock, blobs);
  d.records.attach(conversations);
  let graph: GraphMailbox | undefined;
  let sender: OutgoingSender | undefined;
  const pipeline = new IntakePipeline({
    conversations: store.conversations, mailIndex: store.mailIndex, records: d.records, recordTypes: d.recordTypes, people: store.people,
    settings: d.settings, timeline: store.timeline, directory: d.directory, blobs,
    ackLimiter: cosmosAckLimiter(store.database.container('ratelimits')),
    addressHealth: new CosmosAddressHealthRepository(store.database.container('mailindex')),
    clock, outgoingQueued: (message) => sender?.kick(message), notifier: d.notifier,
    indexer: new RecordIndexService(store.records, d.records, store.conversations),
  });
  const log = logger.child({ component: 'intake' });
  const intake = new IntakeService({
    routes: store.mailRoutes, items: store.intake, blobs, settings: d.settings, pipeline, parse: parseMail, clock,
    events: {
      processed: (item, outcome) => log.info({ intakeId: item.id, tenantId: item.tenantId, source: item.source, outcome: outcome.kind }, 'request received'),
      failed: (item, error) => log.error({ err: error, intakeId: item.id, tenantId: item.tenantId, attempts: item.attempts }, 'processing a received request failed; it stays pending'),
    },
  });
  if (config.mode === 'azure' && config.mail.mailbox && config.graphBaseUrl && config.ssoClientSecret) {
    const appTenantId = config.bot.appTenantId ?? config.sso.tenantId;
    graph = startGraphMailbox({
      graphBaseUrl: config.graphBaseUrl,
      tokens: new OnBehalfOfTokenProvider({ clientId: config.sso.clientId, clientSecret: config.ssoClientSecret, authorityHost: config.sso.authorityHost }),
      tenantId: appTenantId, mailbox: config.mail.mailbox, publicUrl: config.publicUrl, intake,
      state: new CosmosMailboxStateRepository(store.database.container('directory'), appTenantId),
      clock, logger, maxBodyBytes: config.maxBodyBytes,
      subscriptionMinutes: config.mail.graphSubscriptionMinutes, checkIntervalSeconds: config.mail.graphCheckSeconds,
      deltaIntervalSeconds: config.mail.deltaIntervalSeconds, renewBeforeHours: config.mail.graphRenewBeforeHours,
    });
  }
  const provider = d.local?.provider ?? graph?.provider ?? NO_PROVIDER;
  sender = new OutgoingSender({ conversations: store.conversations, provider, blobs, clock, logger: logger.child({ component: 'mail-out' }), intervalMs: config.mail.sendIntervalMs });
  const phone = new PhoneIntake({ records: d.records, people: d.people, peopleRepository: store.people, conversations: store.conversations, timeline: store.timeline, clock });
  const formSecret = config.webform.secret ?? (config.mode === 'local' ? await loadOrCreateLocalWebFormSecret(config.dataDir) : undefined);
  if (!formSecret) throw new Error('No web form secret: set WEBFORM_SECRET');
  const rateLimits = store.database.container('ratelimits');
  /** A record type takes web forms when it has a support address (where acknowledgements come from). */
  const formExists = async (tenantId: string, recordType: string): Promise<boolean> => {
    try {
      await d.recordTypes.get(tenantId, recordType);
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
    return (await d.settings.effective(tenantId, recordType)).intake.supportAddress !== null;
  };
  let smtp: SmtpIntake | undefined;
  let resumeTimer: NodeJS.Timeout | undefined;
  const resume = () =>
    intake.resumePending().then(
      (count) => count > 0 && log.info({ count }, 'finished received requests left pending'),
      (error: unknown) => log.error({ err: error }, 'resuming received requests failed'),
    );
  return {
    blobs, intake, conversations, phone, sender, pipeline,
    mount(server) {
      mountMimeWebhook(server, { intake, secret: config.mail.webhookSecret, logger, localeOf });
      graph?.mount(server);
      mountWebForm(server, {
        intake, formExists, secret: formSecret, logger, behindProxy: config.mode === 'azure',
        limiter: (name, points, duration) =>
          new CosmosRateLimiter({ container: rateLimits, keyPrefix: name, points, duration, insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${name}-local`, points, duration }) }),
        minFillSeconds: config.webform.minFillSeconds, perIpPerHour: config.webform.perIpPerHour, perEmailPerHour: config.webform.perEmailPerHour,
      });
    },
    async start() {
      if (config.mode === 'local') smtp = await startSmtpIntake({ intake, logger, port: config.mail.smtpPort });
      graph?.start();
      sender?.start();
      void resume();
      resumeTimer = setInterval(() => void resume(), config.mail.resumeIntervalMs);
      resumeTimer.unref();
      return { smtpPort: smtp?.port ?? null };
    },
    async stop() {
      if (resumeTimer) clearInterval(resumeTimer);
      await smtp?.stop();
      await graph?.stop();
      await sender?.stop();
      await intake.idle();
    },
  };
}
