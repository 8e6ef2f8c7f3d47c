/**
 * Every setting Casebridge reads, its environment variable and its default, validated once at
 * start-up. Nothing else in the service reads `process.env`.
 */
import path from 'node:path';
import { z } from 'zod';
import { parseAddressDomains } from './domain/intake/address-policy';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const EnvSchema = z.object({
  CASEBRIDGE_MODE: z.enum(['local', 'azure']).default('local'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalString,
  PUBLIC_URL: optionalString.pipe(z.url().optional()),
  COSMOS_ENDPOINT: optionalString.pipe(z.url().optional()),
  COSMOS_KEY: optionalString,
  COSMOS_DATABASE: z.string().min(1).default('casebridge'),
  COSMOS_ALLOW_SELF_SIGNED: bool.default(false),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  CASEBRIDGE_ALLOWED_SERVICE_URLS: optionalString,
  CASEBRIDGE_BOT_OPENID_METADATA_URL: optionalString.pipe(z.url().optional()),
  AAD_APP_CLIENT_ID: optionalString,
  AAD_APP_TENANT_ID: optionalString,
  AAD_APP_OAUTH_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  GRAPH_BASE_URL: optionalString.pipe(z.url().optional()),
  AAD_APP_CLIENT_SECRET: optionalString,
  TEAMS_APP_CATALOG_ID: optionalString,
  TEAMS_APP_ID: optionalString.pipe(z.uuid().optional()),
  CASEBRIDGE_DATA_DIR: z.string().default('.data'),
  CASEBRIDGE_SEED_DEMO: bool.optional(),
  CASEBRIDGE_SNAPSHOT_INTERVAL_MS: z.coerce.number().int().min(100).default(2000),
  CASEBRIDGE_TAB_DIR: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  RATE_LIMIT_API_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_DEV_TOKEN_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_BOT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_AUTH_FAILURES_PER_10_MINUTES: z.coerce.number().int().min(1).default(100),
  CASEBRIDGE_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  CASEBRIDGE_AZURITE_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  AZURE_STORAGE_BLOB_URL: optionalString.pipe(z.url().optional()),
  AZURE_STORAGE_CONNECTION_STRING: optionalString,
  MAIL_ADDRESS_DOMAINS: optionalString,
  MAIL_WEBHOOK_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  MAIL_MAILBOX: optionalString.pipe(z.email().optional()),
  MAIL_GRAPH_SUBSCRIPTION_MINUTES: z.coerce.number().int().min(60).max(4320).default(4230),
  MAIL_GRAPH_RENEW_BEFORE_HOURS: z.coerce.number().int().min(1).max(48).default(24),
  MAIL_GRAPH_CHECK_SECONDS: z.coerce.number().int().min(10).default(900),
  MAIL_DELTA_INTERVAL_SECONDS: z.coerce.number().int().min(10).default(300),
  MAIL_SEND_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  INTAKE_RESUME_INTERVAL_MS: z.coerce.number().int().min(1000).default(30_000),
  POSTPONE_SWEEP_INTERVAL_MS: z.coerce.number().int().min(50).max(3_600_000).default(60_000),
  NOTIFY_BATCH_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  NOTIFY_SWEEP_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
  TEAMS_SERVICE_URL: z.url().default('https://smba.trafficmanager.net/teams/'),
  CHAT_TOKEN_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  CHAT_TOKEN_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  CHAT_MAX_PAYLOAD_BYTES: z.coerce.number().int().min(1024).max(65536).default(8192),
  CHAT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  CHAT_CONNECTIONS_PER_MINUTE_PER_IP: z.coerce.number().int().min(1).default(60),
  CHAT_TRANSFER_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  CHAT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(10_000),
  PRESENCE_FROM_TEAMS: bool.default(false),
  WEB_PUBSUB_ENDPOINT: optionalString.pipe(z.url().optional()),
  WEB_PUBSUB_HUB: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,127}$/).default('casebridge'),
  WEB_PUBSUB_CONNECTION_STRING: optionalString,
  WEBFORM_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  WEBFORM_MIN_FILL_SECONDS: z.coerce.number().min(0).max(600).default(3),
  WEBFORM_SUBMISSIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
  WEBFORM_SUBMISSIONS_PER_EMAIL_PER_HOUR: z.coerce.number().int().min(1).default(5),
});

/** The validated, typed configuration handed to the composition root. */
export interface Config {
  mode: 'local' | 'azure';
  port: number;
  /** Local mode binds to loopback unless HOST says otherwise; azure mode to every interface (App Service). */
  host: string;
  /** True when local mode was told to listen beyond loopback (main prints a warning). */
  hostExposed: boolean;
  publicUrl: string;
  cosmos: {
    /** Unset in local mode means: start the embedded Cosmos-compatible server. */
    endpoint: string | undefined;
    /** Unset in azure mode means: authenticate with the managed identity. */
    key: string | undefined;
    database: string;
    allowSelfSigned: boolean;
  };
  bot: {
    appId: string | undefined;
    appPassword: string | undefined;
    appTenantId: string | undefined;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    /**
     * Without a Bot Framework app id (local mode) the bot replies only to the Teams sandbox's and the
     * Agents Playground's connectors, and to these loopback URLs (tests with their own connector).
     */
    allowedServiceUrls: string[];
    /** Tests only (loopback): the channel's OpenID metadata, so tokens signed by a test key validate. */
    openIdMetadataUrl: string | undefined;
  };
  sso: {
    clientId: string;
    tenantId: string;
    authorityHost: string;
  };
  /** Unset in local mode means: the local Teams sandbox's Graph. */
  graphBaseUrl: string | undefined;
  /** The SSO app's secret: on-behalf-of exchange for Graph calls made for the user. */
  ssoClientSecret: string | undefined;
  /** The app's id in the tenant app catalog, for installing it in chats (defaults to TEAMS_APP_ID). */
  teamsAppCatalogId: string | undefined;
  /** The Teams app id (manifest id): record deep links into the tab need it. */
  teamsAppId: string | undefined;
  dataDir: string;
  seedDemoData: boolean;
  snapshotIntervalMs: number;
  tabDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  maxBodyBytes: number;
  /** Requests allowed per window, per caller or per client address (rate-limiter-flexible, shared through Cosmos DB). */
  rateLimits: RateLimitSettings;
  mail: MailSettings;
  /** H3 postpone: how often each instance looks for postponed cases whose date has passed (also once at start). */
  actions: { postponeSweepIntervalMs: number };
  /** H3 Teams notifications: the batching window, how often a sweep looks for due batches, the connector for new personal chats. */
  notify: { batchMs: number; sweepIntervalMs: number; teamsServiceUrl: string };
  /** I1–I7 customer chat. */
  chat: {
    /** HMAC key of visitor session tokens and agent socket tickets, the same on every instance; local mode makes one in the data directory. */
    tokenSecret: string | undefined;
    tokenHours: number;
    /** The largest WebSocket message the server accepts (`ws` maxPayload). */
    maxPayloadBytes: number;
    /** Per session (and per agent), messages per minute. */
    messagesPerMinute: number;
    /** Per client address, new chat WebSockets per minute. */
    connectionsPerMinutePerIp: number;
    transferTimeoutSeconds: number;
    /** How often each instance expires unanswered transfers and routes queued sessions. */
    sweepIntervalMs: number;
    /** Azure: an agent without a status of their own takes their Teams presence (Graph, Presence.Read.All). */
    presenceFromTeams: boolean;
  };
  /**
   * Fan-out of chat events across instances through Azure Web PubSub's client protocol
   * (json.webpubsub.azure.v1). Neither set in local mode: this instance runs the embedded hub on its
   * own port; a second local instance names the first's with a connection string.
   */
  realtime: {
    /** Azure Web PubSub's endpoint, reached with the managed identity. */
    webPubSubEndpoint: string | undefined;
    /** Instead: `Endpoint=…;AccessKey=…;Version=1.0;` (Azure's, or a local first instance's embedded hub). */
    connectionString: string | undefined;
    hub: string;
  };
  webform: {
    /** HMAC key of the form's tokens and proof-of-work challenges; local mode makes one in the data directory. */
    secret: string | undefined;
    minFillSeconds: number;
    perIpPerHour: number;
    perEmailPerHour: number;
  };
  /** Raw mail, attachments (and the local outbox): Azure Blob Storage, or Azurite started by local mode. */
  blobs: {
    /** Azure: the account's blob endpoint, reached with the managed identity (no shared keys). */
    url: string | undefined;
    /** Instead of the URL: a connection string (an Azurite you run yourself). */
    connectionString: string | undefined;
    /** Local mode's Azurite port (0: any free port). */
    azuritePort: number;
  };
}

export interface MailSettings {
  /** Local mode's SMTP server on 127.0.0.1 (0: any free port). */
  smtpPort: number;
  /** HMAC key of the signed raw-MIME webhook; unset: the webhook is off. */
  webhookSecret: string | undefined;
  /** Per tenant, the mail domains its support addresses may be at (undefined: local mode's demo domains, or the deployment's own tenant only). */
  addressDomains: Record<string, string[]> | undefined;
  /** Azure: the shared Microsoft 365 mailbox read and sent from through Graph; unset: Graph mail off. */
  mailbox: string | undefined;
  graphSubscriptionMinutes: number;
  graphRenewBeforeHours: number;
  graphCheckSeconds: number;
  deltaIntervalSeconds: number;
  /** How often each instance looks for outgoing mail that is due (it is also woken at once when mail is queued). */
  sendIntervalMs: number;
  /** How often each instance finishes received requests left pending (by a crash anywhere). */
  resumeIntervalMs: number;
}

export interface RateLimitSettings {
  /** Per signed-in caller (tenant and user), per minute, on the REST API. */
  apiPerMinute: number;
  /** Per client address, per minute, on everything open without a token (tab files, config, health aside). */
  anonymousPerMinute: number;
  /** Per client address, per minute, on the local dev sign-in. */
  devTokenPerMinute: number;
  /** Per client address, per minute, on the bot endpoint while it is unauthenticated (local mode). */
  botPerMinute: number;
  /** Per client address, per 10 minutes: requests refused for a missing or bad token. */
  authFailuresPer10Minutes: number;
}

/** The SSO client id the local issuer signs for when none is configured. */
export const LOCAL_SSO_CLIENT_ID = '00000000-0000-4000-8000-00000000cb01';

/** Thrown when the environment does not describe a valid configuration; main prints it and exits. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** True for names and addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** An http(s) URL on loopback, without credentials, query or fragment. */
function isLoopbackServiceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname) && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/** Reads and validates the configuration from an environment (defaults to `process.env`). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.CASEBRIDGE_MODE === 'azure') {
    if (!e.MicrosoftAppId) problems.push('MicrosoftAppId is required in azure mode (the bot\'s Entra app id)');
    if (!e.COSMOS_ENDPOINT) problems.push('COSMOS_ENDPOINT is required in azure mode');
    if (!e.PUBLIC_URL) problems.push('PUBLIC_URL is required in azure mode (the https address Teams reaches)');
    if (!e.AAD_APP_CLIENT_ID) problems.push('AAD_APP_CLIENT_ID is required in azure mode (the tab\'s SSO app)');
    if (!e.AAD_APP_CLIENT_SECRET) problems.push('AAD_APP_CLIENT_SECRET is required in azure mode (on-behalf-of calls to Microsoft Graph)');
    if (!e.TEAMS_APP_CATALOG_ID && !e.TEAMS_APP_ID) problems.push('TEAMS_APP_ID (or TEAMS_APP_CATALOG_ID) is required in azure mode (installing the app in chats)');
    if (e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
      problems.push('MicrosoftAppPassword is required in azure mode unless MicrosoftAppType=UserAssignedMSI');
    }
    if (!e.CHAT_TOKEN_SECRET) problems.push('CHAT_TOKEN_SECRET is required in azure mode (the customer chat\'s signing key, the same on every instance)');
    if (!e.WEB_PUBSUB_ENDPOINT && !e.WEB_PUBSUB_CONNECTION_STRING) problems.push('WEB_PUBSUB_ENDPOINT (or WEB_PUBSUB_CONNECTION_STRING) is required in azure mode (customer chat fan-out across instances)');
    if (!e.WEBFORM_SECRET) problems.push('WEBFORM_SECRET is required in azure mode (the web form\'s signing key, the same on every instance)');
    if (!e.AZURE_STORAGE_BLOB_URL && !e.AZURE_STORAGE_CONNECTION_STRING) problems.push('AZURE_STORAGE_BLOB_URL is required in azure mode (raw mail and attachments)');
    if (e.MicrosoftAppType !== 'MultiTenant' && !e.MicrosoftAppTenantId) {
      problems.push('MicrosoftAppTenantId is required for a SingleTenant or UserAssignedMSI bot');
    }
  }
  const allowedServiceUrls = (e.CASEBRIDGE_ALLOWED_SERVICE_URLS ?? '').split(',').map((u) => u.trim()).filter((u) => u !== '');
  for (const url of allowedServiceUrls) {
    if (!isLoopbackServiceUrl(url)) problems.push(`CASEBRIDGE_ALLOWED_SERVICE_URLS: ${url} is not a loopback http(s) URL (only local connectors of tests may be added)`);
  }
  if (allowedServiceUrls.length > 0 && e.MicrosoftAppId) {
    problems.push('CASEBRIDGE_ALLOWED_SERVICE_URLS applies only without MicrosoftAppId (the token decides where replies go)');
  }
  if (e.CASEBRIDGE_BOT_OPENID_METADATA_URL && !isLoopbackServiceUrl(e.CASEBRIDGE_BOT_OPENID_METADATA_URL)) {
    problems.push('CASEBRIDGE_BOT_OPENID_METADATA_URL is for tests only and must be a loopback http(s) URL');
  }
  const addressDomains = e.MAIL_ADDRESS_DOMAINS ? parseAddressDomains(e.MAIL_ADDRESS_DOMAINS) : undefined;
  if (addressDomains === null) problems.push('MAIL_ADDRESS_DOMAINS: write tenantId=domain|domain, separated by commas (e.g. 72f988bf-…=contoso.com|contoso.dk)');
  if (problems.length > 0) throw new ConfigError(problems);

  const host = e.HOST ?? (e.CASEBRIDGE_MODE === 'local' ? '127.0.0.1' : '0.0.0.0');
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    mode: e.CASEBRIDGE_MODE,
    port: e.PORT,
    host,
    hostExposed: e.CASEBRIDGE_MODE === 'local' && !isLoopbackHost(host),
    publicUrl,
    cosmos: {
      endpoint: e.COSMOS_ENDPOINT,
      key: e.COSMOS_KEY,
      database: e.COSMOS_DATABASE,
      allowSelfSigned: e.COSMOS_ALLOW_SELF_SIGNED,
    },
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appTenantId: e.MicrosoftAppTenantId,
      appType: e.MicrosoftAppType,
      allowedServiceUrls,
      openIdMetadataUrl: e.CASEBRIDGE_BOT_OPENID_METADATA_URL,
    },
    sso: {
      clientId: e.AAD_APP_CLIENT_ID ?? LOCAL_SSO_CLIENT_ID,
      tenantId: e.AAD_APP_TENANT_ID ?? 'organizations',
      authorityHost: e.AAD_APP_OAUTH_AUTHORITY_HOST.replace(/\/+$/, ''),
    },
    graphBaseUrl: (e.GRAPH_BASE_URL ?? (e.CASEBRIDGE_MODE === 'azure' ? 'https://graph.microsoft.com/v1.0' : undefined))?.replace(/\/+$/, ''),
    ssoClientSecret: e.AAD_APP_CLIENT_SECRET,
    teamsAppCatalogId: e.TEAMS_APP_CATALOG_ID ?? e.TEAMS_APP_ID,
    teamsAppId: e.TEAMS_APP_ID,
    dataDir: path.resolve(cwd, e.CASEBRIDGE_DATA_DIR),
    seedDemoData: e.CASEBRIDGE_SEED_DEMO ?? e.CASEBRIDGE_MODE === 'local',
    snapshotIntervalMs: e.CASEBRIDGE_SNAPSHOT_INTERVAL_MS,
    tabDir: path.resolve(cwd, e.CASEBRIDGE_TAB_DIR ?? 'tab/dist'),
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: e.MAX_BODY_BYTES,
    rateLimits: {
      apiPerMinute: e.RATE_LIMIT_API_PER_MINUTE,
      anonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      devTokenPerMinute: e.RATE_LIMIT_DEV_TOKEN_PER_MINUTE,
      botPerMinute: e.RATE_LIMIT_BOT_PER_MINUTE,
      authFailuresPer10Minutes: e.RATE_LIMIT_AUTH_FAILURES_PER_10_MINUTES,
    },
    mail: {
      smtpPort: e.CASEBRIDGE_SMTP_PORT,
      webhookSecret: e.MAIL_WEBHOOK_SECRET,
      addressDomains: addressDomains ?? undefined,
      mailbox: e.MAIL_MAILBOX?.toLowerCase(),
      graphSubscriptionMinutes: e.MAIL_GRAPH_SUBSCRIPTION_MINUTES,
      graphRenewBeforeHours: e.MAIL_GRAPH_RENEW_BEFORE_HOURS,
      graphCheckSeconds: e.MAIL_GRAPH_CHECK_SECONDS,
      deltaIntervalSeconds: e.MAIL_DELTA_INTERVAL_SECONDS,
      sendIntervalMs: e.MAIL_SEND_INTERVAL_MS,
      resumeIntervalMs: e.INTAKE_RESUME_INTERVAL_MS,
    },
    actions: { postponeSweepIntervalMs: e.POSTPONE_SWEEP_INTERVAL_MS },
    notify: { batchMs: e.NOTIFY_BATCH_MS, sweepIntervalMs: e.NOTIFY_SWEEP_INTERVAL_MS, teamsServiceUrl: e.TEAMS_SERVICE_URL },
    chat: {
      tokenSecret: e.CHAT_TOKEN_SECRET,
      tokenHours: e.CHAT_TOKEN_HOURS,
      maxPayloadBytes: e.CHAT_MAX_PAYLOAD_BYTES,
      messagesPerMinute: e.CHAT_MESSAGES_PER_MINUTE,
      connectionsPerMinutePerIp: e.CHAT_CONNECTIONS_PER_MINUTE_PER_IP,
      transferTimeoutSeconds: e.CHAT_TRANSFER_TIMEOUT_SECONDS,
      sweepIntervalMs: e.CHAT_SWEEP_INTERVAL_MS,
      presenceFromTeams: e.PRESENCE_FROM_TEAMS,
    },
    realtime: { webPubSubEndpoint: e.WEB_PUBSUB_ENDPOINT, connectionString: e.WEB_PUBSUB_CONNECTION_STRING, hub: e.WEB_PUBSUB_HUB },
    webform: {
      secret: e.WEBFORM_SECRET,
      minFillSeconds: e.WEBFORM_MIN_FILL_SECONDS,
      perIpPerHour: e.WEBFORM_SUBMISSIONS_PER_IP_PER_HOUR,
      perEmailPerHour: e.WEBFORM_SUBMISSIONS_PER_EMAIL_PER_HOUR,
    },
    blobs: { url: e.AZURE_STORAGE_BLOB_URL, connectionString: e.AZURE_STORAGE_CONNECTION_STRING, azuritePort: e.CASEBRIDGE_AZURITE_PORT },
  };
}
