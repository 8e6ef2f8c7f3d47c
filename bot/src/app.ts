/**
 * Builds and starts Casebridge from a validated Config: storage, domain services, the REST API,
 * the bot endpoint and the tab. Local mode adds the embedded database, the dev token issuer and
 * demo data, all from sandbox/, loaded only in local mode.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import restify from 'restify';
import type { Config } from './config';
import { CachedDirectory } from './domain/access/cached-directory';
import { ChatLanguageService } from './domain/access/chat-language-service';
import { CallerService } from './domain/access/caller-service';
import { PeopleService } from './domain/people/people-service';
import { RecordDetailsService } from './domain/records/record-details';
import { RecordService } from './domain/records/record-service';
import { RecordTypeService } from './domain/records/record-type-service';
import { SettingsService } from './domain/settings/settings-service';
import { Authenticator } from './http/auth/authenticator';
import { entraTokenValidator, type TokenValidator } from './http/auth/token-validator';
import { localeOf, mountRoutes } from './http/mount';
import { sendProblem } from './http/send-problem';
import { buildOpenApi } from './http/openapi';
import { problemOf } from './http/problem';
import type { Route } from './http/route';
import { directoryRoutes } from './http/routes/directory';
import { meRoutes } from './http/routes/me';
import { metaRoutes } from './http/routes/meta';
import { peopleRoutes } from './http/routes/people';
import { recordRoutes } from './http/routes/records';
import { queueRoutes } from './http/routes/queues';
import { RecordIndexService } from './domain/search/record-index-service';
import { QueueService } from './domain/queues/queue-service';
import { MarksService } from './domain/queues/marks-service';
import { settingsRoutes } from './http/routes/settings';
import { chatLanguageRoutes } from './http/routes/chat-languages';
import type { ApiServices } from './http/services';
import { staticHandler } from './http/static-files';
import { RateLimits } from './http/rate-limits';
import { securityHeaders, tabContentSecurityPolicy } from './http/security-headers';
import { openStore, type Store } from './storage/cosmos/cosmos-store';
import { createBotAdapter, mountBot } from './teams/bot-adapter';
import { BotChatPoster } from './teams/intro-poster';
import { RecordCardComposer } from './cards/record-card-composer';
import { CardRedraws } from './teams/card-redraws';
import { RecordCards } from './teams/record-cards';
import { CardActions } from './teams/card-actions';
import { ConversationThrottle } from './teams/send-throttle';
import { botId, createTeamsPort, type GraphMetrics } from './teams-composition';
import { ChatService } from './domain/chats/chat-service';
import { ChatQueries } from './domain/chats/chat-queries';
import { chatRoutes } from './http/routes/chats';
import { timelineRoutes } from './http/routes/timeline';
import { TimelineService } from './domain/timeline/timeline-service';
import { TranscriptService } from './domain/transcripts/transcript-service';
import { RecordLinkService } from './domain/records/record-link';
import { createMail, webFormOpenApiPaths } from './mail-composition';
import { addressPolicy } from './domain/intake/address-policy';
import { conversationRoutes } from './http/routes/conversations';
import type { BlobStore } from './domain/shared/blob-store';
import type { BlobMetrics } from './blobs/counting-blob-store';
import type { MailProvider } from './domain/intake/mail-provider';
import { mimeWebhookOpenApi } from './mail/mime-webhook';
import { graphMailOpenApiPaths } from './mail/graph/notification-routes';
import { AgentMessages } from './domain/compose/agent-messages';
import { MessageEditService } from './domain/compose/message-edit-service';
import { ReplyTemplateService } from './domain/compose/reply-template-service';
import type { ComposeDeps } from './domain/compose/compose-deps';
import { composeRoutes } from './http/routes/compose';
import { ActionService } from './domain/actions/action-service';
import { SplitService } from './domain/actions/split-service';
import { PostponeSweep } from './domain/actions/postpone-sweep';
import { actionRoutes } from './http/routes/actions';
import { CosmosPostponedRecords } from './storage/cosmos/cosmos-postponed-records';
import type { WorkNotifier } from './domain/work/work-events';
import { createNotifications, createTeamsWork } from './notify-composition';
import { preferenceRoutes } from './http/routes/preferences';
import { SearchService } from './domain/search/search-service';
import type { RecordIndexer } from './domain/search/record-indexer';
import { createRealtime } from './realtime-composition';
import { mountChatPages, widgetDir } from './http/routes/chat-pages';
import { createSessions } from './sessions-composition';
import { createSessionsTeams } from './sessions-teams-composition';
import type { SessionsApi } from './domain/sessions/ports';
import { createPrivacy } from './privacy-composition';
import { privacyRoutes } from './http/routes/privacy';
import { createDelegation, type DelegationParts } from './delegation-composition';
import { DelegationReadThrough } from './domain/delegation/acting';
import { createParkTeams } from './park-composition';
import { createContacts, createSimilarCases } from './contacts-composition';

/** Operations untouched this long are taken as interrupted. */
const STALE_OPERATION_MS = 60_000;

export interface RunningApp {
  /** Where the server listens, e.g. http://127.0.0.1:3978 */
  url: string;
  /** The address the server is bound to (127.0.0.1 in local mode unless HOST says otherwise). */
  listenAddress: string;
  config: Config;
  store: Store;
  /** Cumulative Microsoft Graph calls and time spent in them. */
  graphMetrics: GraphMetrics;
  /** Resolves when the record cards changed so far are redrawn in Teams (F5). */
  cardUpdates(): Promise<void>;
  /** Local mode's SMTP port (null in azure mode). */
  smtpPort: number | null;
  /** Local mode's Azurite blob endpoint, when this process started one. */
  blobUrl: string | null;
  /** Local mode: the blob store's connection string (a second instance on the same data passes it as AZURE_STORAGE_CONNECTION_STRING). */
  blobConnectionString: string | null;
  /** Local mode with the embedded realtime hub: its connection string (a second instance passes it as WEB_PUBSUB_CONNECTION_STRING). */
  realtimeConnectionString: string | null;
  /** Local mode with the embedded realtime hub: the file keeping its access key (printed instead of the key). */
  realtimeKeyFile: string | null;
  /** Local mode with demo data: the demo tenant's support address and web form. */
  demo: { supportAddress: string; formPath: string } | null;
  /** Blob writes and reads of this process (raw mail, attachments, outbox). */
  blobMetrics: BlobMetrics;
  /** Resolves when received requests and queued mail handled so far are done (tests). */
  mailIdle(): Promise<void>;
  /** Delivers every due notification batch now, as the timer does every NOTIFY_SWEEP_INTERVAL_MS; answers how many (tests). */
  notifySweep(): Promise<number>;
  /** I2/I3: expires due transfers and routes queued sessions now, as every instance's timer does (tests). */
  sessionSweep(): Promise<{ expired: number; routed: number }>;
  /** I1–I7: the sessions API every edge calls (tests drive the visitor side through it). */
  sessions: SessionsApi;
  /** J1–J6: delegation's service, reader and acting resolver (other compositions take theirs from it). */
  delegation: DelegationParts;
  stop(): Promise<void>;
}

interface LocalParts {
  cosmosEndpoint?: string;
  validator: TokenValidator;
  routes: (store: Store) => Route[];
  afterStore: (store: Store) => Promise<void>;
  /** Mounts the local Teams sandbox; `selfUrl` is this server's address once it listens. */
  mountTeamsSandbox: (server: restify.Server, store: Store, selfUrl: () => string) => { graphBaseUrl: () => string; appToken: (tenantId: string) => Promise<string>; connectorUrls: () => string[] };
  /** The blob store on Azurite (or a given connection string), and the local outbox as the mail provider. */
  mail: () => Promise<{ blobs: BlobStore; provider: MailProvider; blobUrl: string | null; connectionString: string }>;
  mountMailPages: (server: restify.Server) => void;
  /** The customer chat's demo page (/chat/demo) for the demo tenant. */
  mountChatDemo: (server: restify.Server) => void;
  demo: { supportAddress: string; formPath: string } | null;
  /** With demo data: the demo tenants (their term statistics are built after the seed). */
  demoTenants: string[];
  /** With demo data: the demo tenants' mail domains (support addresses elsewhere are refused). */
  demoMailDomains: Record<string, string[]> | undefined;
  stop: () => Promise<void>;
}

/** Loaded lazily, so an azure-mode process never even loads the sandbox. */
async function localParts(config: Config, logger: Logger): Promise<LocalParts> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sandbox: typeof import('./sandbox/local-mode') = require('./sandbox/local-mode');
  return sandbox.startLocalMode(config, logger);
}

export async function startCasebridge(config: Config, logger: Logger): Promise<RunningApp> {
  const local = config.mode === 'local' ? await localParts(config, logger) : undefined;
  const endpoint = config.cosmos.endpoint ?? local?.cosmosEndpoint;
  if (!endpoint) throw new Error('No Cosmos DB endpoint: set COSMOS_ENDPOINT');
  const embedded = local?.cosmosEndpoint !== undefined && config.cosmos.endpoint === undefined;
  const store = await openStore({
    endpoint,
    key: embedded ? 'local-embedded-server' : config.cosmos.key,
    database: config.cosmos.database,
    allowSelfSigned: embedded || config.cosmos.allowSelfSigned,
    createIfMissing: config.mode === 'local',
  });
  await local?.afterStore(store);

  const server = restify.createServer({ name: 'casebridge', handleUncaughtExceptions: false });
  // Before routing, body or token: headers every response carries, then limits by client address.
  server.pre(securityHeaders({ mode: config.mode }));
  const rateLimits = new RateLimits({ container: store.database.container('ratelimits'), settings: config.rateLimits, mode: config.mode, logger, localeOf });
  server.pre(rateLimits.pre());
  let selfUrl = '';
  const sandbox = local?.mountTeamsSandbox(server, store, () => selfUrl);

  const clock = () => new Date();
  const directory = new CachedDirectory(store.directory);
  // I: the realtime hub (fan-out across instances), its SessionEvents, the chat and agent sockets.
  const realtime = await createRealtime({ config, logger, store, callers: new CallerService(directory) });
  const recordTypes = new RecordTypeService(store.recordTypes);
  const records = new RecordService(store.records, store.counters, recordTypes, directory, store.people, clock, randomUUID, store.timeline);
  // Which support addresses a tenant may claim: the operator's MAIL_ADDRESS_DOMAINS; without it,
  // the demo tenants' domains in local mode, and in Azure the deployment's own tenant only.
  const domains = config.mail.addressDomains ?? local?.demoMailDomains;
  const addressAllowed = domains || config.mode === 'azure'
    ? addressPolicy({ domains: domains ?? {}, ownerTenantId: config.mode === 'azure' ? (config.bot.appTenantId ?? null) : null, sharedMailbox: config.mail.mailbox ?? null })
    : () => true;
  const settings = new SettingsService(store.settings, store.audit, recordTypes, clock, undefined, store.mailRoutes, addressAllowed);
  const adapter = createBotAdapter(config.bot);
  // J1: delegations and the policy; `delegation.reader` and `delegation.acting` for the services that act on behalf (J2–J6).
  const delegation = createDelegation({ config, logger, repository: store.delegations, directory, audit: store.audit, clock, adapter, botAppId: botId(config), sandbox });
  // J2: a delegate reads the cases of a delegator of theirs even where their own read does not reach.
  records.readThrough(new DelegationReadThrough(delegation.reader, new CallerService(directory)));
  const composer = new RecordCardComposer({ directory, people: store.people, recordTypes, settings, publicUrl: config.publicUrl });
  const throttle = new ConversationThrottle(logger);
  const cards = new RecordCards({ adapter, botAppId: botId(config), records: store.records, chats: store.chats, composer, throttle, clock, logger });
  const redraws = new CardRedraws({ cards, records: store.records, chats: store.chats, throttle, clock, logger });
  cards.observe(redraws);
  records.observe(redraws);
  const poster = new BotChatPoster({ records: store.records, directory, cards, redraws, logger });
  const { port: teams, metrics: graphMetrics } = createTeamsPort(config, logger, sandbox);
  const transcripts = new TranscriptService(store.transcripts, store.chats, records, settings, recordTypes, clock);
  const chats = new ChatService(records, settings, directory, store.chats, store.operations, store.timeline, teams, poster, store.audit, clock);
  const people = new PeopleService(store.people, clock, randomUUID);
  const localMail = local ? await local.mail() : undefined;
  // H3 in Teams: the durable, batched notification queue the actions and the intake notify through.
  const notifications = createNotifications(config, store, clock, logger);
  const mail = await createMail({ config, logger, store, records, recordTypes, settings, directory, people, clock, local: localMail,
    // The intake never fails over a notification: a failure is logged (the WorkNotifier contract).
    notifier: { notify: (event) => notifications.queue.notify(event).catch((error: unknown) => logger.error({ err: error, kind: event.kind, recordId: event.recordId }, 'work notification failed')) } });
  local?.mountMailPages(server);
  // I: the embeddable chat widget (/chat/widget.js) and, in local mode, its demo page (/chat/demo).
  mountChatPages(server, { widgetDir: widgetDir() });
  local?.mountChatDemo(server);
  // H2: records from before the text index (demo data, old snapshots) become searchable.
  const searchIndexer = new RecordIndexService(store.records, records, store.conversations);
  const indexed = await searchIndexer.backfill();
  if (indexed > 0) logger.info({ records: indexed }, 'text index built for records');
  // H3 actions: assignments and transfers are told through the Teams notification queue; a split's moved messages go into the text index.
  const actionNotifier: WorkNotifier = notifications.queue;
  const actionIndexer: RecordIndexer = searchIndexer;
  const actions = new ActionService({
    records, types: recordTypes, closing: mail.conversations, directory, timeline: store.timeline, audit: store.audit, notifier: actionNotifier, clock, acting: delegation.acting,
    notifyFailed: (event, error) => logger.error({ err: error, kind: event.kind, recordId: event.recordId }, 'work notification failed'),
  });
  const split = new SplitService({
    records, conversations: store.conversations, mailIndex: store.mailIndex, timeline: store.timeline, audit: store.audit, indexer: actionIndexer, clock,
    notifier: actionNotifier, notifyFailed: (event, error) => logger.error({ err: error, kind: event.kind, recordId: event.recordId }, 'work notification failed'),
  });
  const postponeSweep = new PostponeSweep({
    postponed: new CosmosPostponedRecords(store.database.container('records')), records, timeline: store.timeline, audit: store.audit, clock,
    failed: (recordId, error) => logger.error({ err: error, recordId }, 'reopening a postponed case failed'),
  });
  // H3 compose: reply, forward, note, edit (the search indexer is the one the actions use above).
  const composeDeps: ComposeDeps = {
    records, conversations: store.conversations, mailIndex: store.mailIndex, people: store.people, directory,
    supportAddress: async (tenantId, recordType) => (await settings.effective(tenantId, recordType)).intake.supportAddress,
    timeline: store.timeline, audit: store.audit, indexer: actionIndexer, blobs: mail.blobs, clock, newId: randomUUID,
    outgoingQueued: (message) => mail.sender.kick(message),
    maxAttachmentBytes: mail.sender.maxAttachmentBytes,
    acting: delegation.acting,
  };
  // I1–I7: customer chat sessions, published through the realtime hub.
  // I4/I5/I1 in Teams: transfer cards, takeover notices, the bot's status command, Teams presence.
  const sessionsTeams = createSessionsTeams({ config, logger, adapter, botAppId: botId(config), callers: new CallerService(directory), directory, sites: store.chatSites, sandbox });
  // J6: the park card in the delegator's Teams chat (its notices serve parked cases and sessions).
  const parkTeams = createParkTeams({
    config, logger, adapter, botAppId: botId(config), callers: new CallerService(directory), directory,
    recordStore: store.records, sessionStore: store.sessions, cards: store.parkCards, sandbox,
  });
  const sessions = createSessions({
    config, logger, store, directory, records, recordTypes, settings, pipeline: mail.pipeline, blobs: mail.blobs, clock, events: realtime.events,
    teams: sessionsTeams.teams, presence: sessionsTeams.presence ?? undefined,
    acting: delegation.acting, delegations: delegation.reader, parkNotices: parkTeams.notices,
  });
  // The customer's and the agent's sockets (and local mode's embedded hub) on this server's upgrades.
  realtime.attach(server.server, sessions.api);
  const services: ApiServices = {
    records,
    search: new SearchService(records, store.people, recordTypes),
    queues: new QueueService({ records, marks: store.userMarks, directory, clock, accept: (caller, id, etag) => actions.accept(caller, id, etag) }),
    marks: new MarksService(records, store.userMarks, clock),
    details: new RecordDetailsService(recordTypes, directory, store.people),
    recordTypes,
    people,
    conversations: mail.conversations,
    phone: mail.phone,
    agentMessages: new AgentMessages(composeDeps),
    messageEdits: new MessageEditService(composeDeps),
    replyTemplates: new ReplyTemplateService({ templates: store.replyTemplates, records, people: store.people, audit: store.audit, clock, newId: randomUUID }),
    actions,
    split,
    peopleRepository: store.people,
    settings,
    chatLanguages: new ChatLanguageService(directory, store.audit, clock, randomUUID),
    chats,
    chatQueries: new ChatQueries(records, settings, directory, store.chats, teams),
    timeline: new TimelineService(records, settings, store.timeline, store.chats, directory, store.transcripts, clock),
    // J4/J5: hidden entries and private notes, around the timeline above.
    ...createPrivacy({ store, records, clock, timeline: () => services.timeline }),
    transcripts,
    cardComposer: composer,
    directory,
    publicUrl: config.publicUrl,
    teamsAppId: config.teamsAppId,
    mode: config.mode,
    ssoClientId: config.sso.clientId,
    ping: store.ping,
  };
  // J3, J6: park and pick up cases, the delegated queue and "parked for me", the park card's button.
  const park = parkTeams.build({
    records, details: services.details, reader: delegation.reader, acting: delegation.acting, timeline: store.timeline, audit: store.audit, clock, sessions: sessions.api,
  });
  // G1–G3: suggested contacts (G2's similar cases plug in through `similar`).
  const similarCases = createSimilarCases({ records: store.records, recordTypes, termStats: store.termStats, logger });
  const contacts = createContacts({ records, types: recordTypes, settings, directory, callers: new CallerService(directory), timeline: store.timeline, chats: store.chats, people: store.people, teams,
    similar: similarCases.similar });
  const validator = local?.validator ?? entraTokenValidator(config.sso, config.publicUrl);
  const authenticator = new Authenticator(validator, new CallerService(directory));

  server.use(restify.plugins.queryParser({ mapParams: false }));
  // One line per request: method, route, status, time. Never headers (tokens) or bodies.
  server.on('after', (req: restify.Request, res: restify.Response) => {
    logger.debug({ method: req.method, path: req.getPath(), status: res.statusCode, ms: Date.now() - req.time() }, 'request');
  });
  const routes: Route[] = [
    ...metaRoutes(services),
    ...meRoutes(services),
    ...recordRoutes(services),
    ...queueRoutes(services),
    ...peopleRoutes(services),
    ...directoryRoutes(services),
    ...settingsRoutes(services),
    ...chatLanguageRoutes(services),
    ...chatRoutes(services),
    ...timelineRoutes(services),
    ...privacyRoutes(services),
    ...conversationRoutes(services),
    ...preferenceRoutes(notifications.preferences),
    ...composeRoutes(services),
    ...actionRoutes(services),
    ...sessions.routes,
    ...delegation.routes,
    ...park.routes,
    ...contacts.routes,
    ...realtime.routes,
    ...(local?.routes(store) ?? []),
  ];
  mountRoutes(server, routes, { authenticator, logger, maxBodyBytes: config.maxBodyBytes, validateResponses: config.mode === 'local', rateLimits });
  const openApi = buildOpenApi(routes, config.publicUrl, {
    '/api/messages': { post: { operationId: 'botMessages', summary: 'Bot Framework activities from Teams (Bot Framework token required in azure mode)', tags: ['bot'], responses: { 200: { description: 'Handled' }, 401: { description: 'No valid Bot Framework token' } } } },
    ...mimeWebhookOpenApi,
    ...graphMailOpenApiPaths,
    ...webFormOpenApiPaths(),
  });
  mail.mount(server);
  server.get('/api/openapi.json', async (_req: restify.Request, res: restify.Response) => {
    const body = JSON.stringify(openApi);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  const callers = new CallerService(directory);
  const links = new RecordLinkService(callers, records, services.details, config.publicUrl);
  const teamsWork = createTeamsWork({
    config, logger, queue: notifications.queue, notifications: notifications.repository, adapter, botAppId: botId(config), callers, directory, records: store.records, details: services.details,
    conversations: store.conversations, sandbox,
    actions: {
      accept: async (caller, recordId) => {
        await actions.accept(caller, recordId);
      },
      // The card's reply answers what the agent sees now: the record's current version.
      reply: async (caller, recordId, text) => {
        const current = await records.get(caller, recordId);
        await services.agentMessages.reply(caller, recordId, current.etag, { text, cc: [], bcc: [], attachments: [] });
      },
    },
    // Words, a number or a person: the search service; nothing typed: my open cases (the "mine" queue).
    search: {
      find: async (caller, text, limit) => (text ? await services.search.findTyped(caller, text, { limit }) : await services.queues.list(caller, 'mine', { limit })).items,
    },
  });
  mountBot(server, adapter, {
    ...config.bot,
    links,
    cards,
    cardActions: new CardActions({ callers, records, recordStore: store.records, recordTypes, chats: store.chats, composer, links, logger }),
    work: teamsWork.work,
    sessions: sessionsTeams.cardActions(sessions.api, store.sessions),
    park: park.cardActions,
    // Local mode: the Teams sandbox delivers with its connector as serviceUrl (on this server, or on the instance whose sandbox GRAPH_BASE_URL names).
    localServiceUrls: () => sandbox?.connectorUrls() ?? [],
    publicUrl: config.publicUrl,
    maxBodyBytes: config.maxBodyBytes,
    logger,
    chatEvents: {
      appInstalled: (tenantId, chatId, serviceUrl) => chats.appInstalled(tenantId, chatId, serviceUrl),
      messageSeen: async (tenantId, chatId, message, text) => {
        await chats.messageSeen(tenantId, chatId, message);
        await transcripts.messagePosted({ tenantId, chatId, messageId: message.id, fromUserId: message.fromUserId, fromName: message.fromName, text, at: message.at });
      },
      messageEdited: (tenantId, chatId, messageId, text, at) => transcripts.messageEdited(tenantId, chatId, messageId, text, at),
      messageDeleted: (tenantId, chatId, messageId) => transcripts.messageDeleted(tenantId, chatId, messageId),
    },
  });
  server.get('/*', staticHandler(config.tabDir, localeOf, tabContentSecurityPolicy(config.sso.authorityHost)));
  for (const method of ['post', 'put', 'patch', 'del'] as const) {
    server[method]('/*', async (req: restify.Request, res: restify.Response) => sendProblem(res, problemOf(404, 'error.notFound', localeOf(req))));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? (address as AddressInfo).port : config.port;
  const listenAddress = typeof address === 'object' && address !== null ? (address as AddressInfo).address : config.host;
  selfUrl = `http://127.0.0.1:${port}`;
  realtime.listening(port);
  const { smtpPort } = await mail.start();
  await sessions.start(selfUrl);
  teamsWork.start();
  // H3: postponed cases whose date passed (also while no instance ran) reopen now, then every interval.
  postponeSweep.start(config.actions.postponeSweepIntervalMs);
  // G2: the term statistics' sweep on its timer (every instance); local mode builds the demo tenants' now, in the background.
  similarCases.start();
  for (const tenantId of local?.demoTenants ?? []) similarCases.watchTenant(tenantId);
  // Finish chat creations a crash interrupted after their Teams steps (the rest resume on retry).
  chats.resumeStale(STALE_OPERATION_MS).then(
    (count) => count > 0 && logger.info({ count }, 'resumed interrupted chat creations'),
    (error: unknown) => logger.error({ err: error }, 'resuming chat creations failed'),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    listenAddress,
    config,
    store,
    graphMetrics,
    cardUpdates: () => redraws.idle(),
    smtpPort,
    blobUrl: localMail?.blobUrl ?? null,
    blobConnectionString: localMail?.connectionString ?? null,
    realtimeConnectionString: realtime.connectionString(),
    realtimeKeyFile: realtime.hubKeyFile,
    blobMetrics: mail.blobs.metrics,
    demo: local?.demo ?? null,
    mailIdle: async () => {
      await mail.intake.idle();
      await mail.sender.idle();
    },
    notifySweep: () => teamsWork.sweepNow(),
    sessionSweep: () => sessions.sweepNow(),
    sessions: sessions.api,
    delegation,
    async stop() {
      // Sockets first: an open WebSocket would keep server.close() waiting.
      await realtime.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mail.stop();
      await postponeSweep.stop();
      await sessions.stop();
      await teamsWork.stop();
      await similarCases.stop();
      redraws.stop();
      await redraws.idle();
      await local?.stop();
      store.close();
    },
  };
}
