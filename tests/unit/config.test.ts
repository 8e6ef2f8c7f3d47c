/** Configuration: read once, validated, with clear messages for what azure mode requires. */
import { ConfigError, isLoopbackHost, loadConfig } from '../../bot/src/config';
import { clientAddress, limitKeyOf } from '../../bot/src/http/rate-limits';
import { routedPath } from '../../bot/src/http/paths';

test('local mode needs nothing and has sensible defaults', () => {
  const config = loadConfig({}, '/srv/app');
  expect(config).toMatchObject({
    mode: 'local', port: 3978, publicUrl: 'http://localhost:3978', seedDemoData: true, dataDir: '/srv/app/.data', tabDir: '/srv/app/tab/dist',
    cosmos: { endpoint: undefined, database: 'casebridge' }, graphBaseUrl: undefined,
  });
});

/** Everything azure mode requires, with a managed identity bot. */
const AZURE_MINIMUM = {
  CASEBRIDGE_MODE: 'azure', MicrosoftAppId: 'a', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't',
  COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', PUBLIC_URL: 'https://cb.example.com/', AAD_APP_CLIENT_ID: 'c',
  AAD_APP_CLIENT_SECRET: 's', TEAMS_APP_ID: '6f1f6e8a-1111-4222-8333-944444444444', AZURE_STORAGE_BLOB_URL: 'https://acct.blob.core.windows.net/', WEBFORM_SECRET: 'a-long-enough-form-secret',
  CHAT_TOKEN_SECRET: 'a-chat-token-secret-of-32-characters-or-more', WEB_PUBSUB_ENDPOINT: 'https://cb.webpubsub.azure.com',
};

test('azure mode names every missing required setting', () => {
  let error: unknown;
  try {
    loadConfig({ CASEBRIDGE_MODE: 'azure' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as ConfigError).message;
  for (const name of ['MicrosoftAppId', 'COSMOS_ENDPOINT', 'PUBLIC_URL', 'AAD_APP_CLIENT_ID', 'AAD_APP_CLIENT_SECRET', 'TEAMS_APP_ID', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'AZURE_STORAGE_BLOB_URL', 'WEBFORM_SECRET', 'CHAT_TOKEN_SECRET', 'WEB_PUBSUB_ENDPOINT']) {
    expect(message).toContain(name);
  }
});

test('azure mode with a managed identity bot needs no password; no demo data by default', () => {
  const config = loadConfig(AZURE_MINIMUM);
  expect(config.publicUrl).toBe('https://cb.example.com');
  expect(config.seedDemoData).toBe(false);
  expect(config.cosmos.key).toBeUndefined();
  expect(config.graphBaseUrl).toBe('https://graph.microsoft.com/v1.0');
  expect(config.teamsAppCatalogId).toBe('6f1f6e8a-1111-4222-8333-944444444444');
});

test('mail settings: local SMTP on 2525 by default, a webhook secret of at least 32 characters, a mailbox address', () => {
  expect(loadConfig({}).mail).toMatchObject({ smtpPort: 2525, webhookSecret: undefined, mailbox: undefined });
  expect(loadConfig({ CASEBRIDGE_SMTP_PORT: '0', MAIL_MAILBOX: 'Support@Contoso.example' }).mail).toMatchObject({ smtpPort: 0, mailbox: 'support@contoso.example' });
  expect(() => loadConfig({ MAIL_WEBHOOK_SECRET: 'short' })).toThrow(/MAIL_WEBHOOK_SECRET/);
  expect(() => loadConfig({ MAIL_MAILBOX: 'not an address' })).toThrow(/MAIL_MAILBOX/);
});

test('malformed values are refused with the variable named', () => {
  expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  expect(() => loadConfig({ CASEBRIDGE_MODE: 'cloud' })).toThrow(/CASEBRIDGE_MODE/);
  expect(() => loadConfig({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
  expect(() => loadConfig({ TEAMS_APP_ID: 'x' })).toThrow(/TEAMS_APP_ID/);
});

test('local mode listens on loopback unless HOST says otherwise; azure mode on every interface', () => {
  expect(loadConfig({}).host).toBe('127.0.0.1');
  expect(loadConfig({}).hostExposed).toBe(false);
  expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
  expect(loadConfig({ HOST: 'localhost' }).hostExposed).toBe(false);
  expect(loadConfig({ HOST: '::1' }).hostExposed).toBe(false);
  const exposed = loadConfig({ HOST: '0.0.0.0' });
  expect(exposed).toMatchObject({ host: '0.0.0.0', hostExposed: true });
  expect(loadConfig({ HOST: '192.168.1.20' }).hostExposed).toBe(true);
  const azure = loadConfig(AZURE_MINIMUM);
  expect(azure).toMatchObject({ host: '0.0.0.0', hostExposed: false });
});

test('isLoopbackHost knows the loopback names and addresses', () => {
  for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', 'LOCALHOST']) expect(isLoopbackHost(host)).toBe(true);
  for (const host of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'example.com', '127.0.0.1.example.com']) expect(isLoopbackHost(host)).toBe(false);
});

test('rate limits have generous defaults and can be set', () => {
  expect(loadConfig({}).rateLimits).toEqual({ apiPerMinute: 1200, anonymousPerMinute: 600, devTokenPerMinute: 30, botPerMinute: 1200, authFailuresPer10Minutes: 100 });
  expect(loadConfig({ RATE_LIMIT_API_PER_MINUTE: '50' }).rateLimits.apiPerMinute).toBe(50);
  expect(() => loadConfig({ RATE_LIMIT_API_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_API_PER_MINUTE/);
});

test('rate limits count IPv6 clients per /64 and IPv4 as is', () => {
  expect(limitKeyOf('203.0.113.7')).toBe('203.0.113.7');
  expect(limitKeyOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
  expect(limitKeyOf('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
  expect(limitKeyOf('2001:db8:1:2::5')).toBe('2001:db8:1:2::/64');
  expect(limitKeyOf('2001:0db8:0001:0002:ffff::1%eth0')).toBe('2001:db8:1:2::/64');
  expect(limitKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
  expect(limitKeyOf('::1')).toBe('0:0:0:0::/64');
  expect(clientAddress({ headers: { 'x-forwarded-for': '10.0.0.1, [2001:db8:1:2::9]:443' } }, true)).toBe('2001:db8:1:2::/64');
  expect(clientAddress({ headers: { 'x-forwarded-for': '10.0.0.1, 203.0.113.9:5000' } }, true)).toBe('203.0.113.9');
});

test('routedPath decodes the path as restify routes it', () => {
  expect(routedPath('/dev/%74oken?x=1')).toBe('/dev/token');
  expect(routedPath('http://example.com/api/%6Dessages')).toBe('/api/messages');
  expect(routedPath('/%E0%A4%A')).toBe('/%E0%A4%A');
});
