/**
 * Every setting Casebridge reads, its environment variable and its default, validated once at
 * start-up. Nothing else in the service reads `process.env`.
 */
import path from 'node:path';
import { z } from 'zod';

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
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: optionalString.pipe(z.url().optional()),
  COSMOS_ENDPOINT: optionalString.pipe(z.url().optional()),
  COSMOS_KEY: optionalString,
  COSMOS_DATABASE: z.string().min(1).default('casebridge'),
  COSMOS_ALLOW_SELF_SIGNED: bool.default(false),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
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
});

/** The validated, typed configuration handed to the composition root. */
export interface Config {
  mode: 'local' | 'azure';
  port: number;
  host: string;
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
    if (e.MicrosoftAppType !== 'MultiTenant' && !e.MicrosoftAppTenantId) {
      problems.push('MicrosoftAppTenantId is required for a SingleTenant or UserAssignedMSI bot');
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    mode: e.CASEBRIDGE_MODE,
    port: e.PORT,
    host: e.HOST,
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
  };
}
