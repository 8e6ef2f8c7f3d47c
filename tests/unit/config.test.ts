/** Configuration: read once, validated, with clear messages for what azure mode requires. */
import { ConfigError, loadConfig } from '../../bot/src/config';

test('local mode needs nothing and has sensible defaults', () => {
  const config = loadConfig({}, '/srv/app');
  expect(config).toMatchObject({
    mode: 'local', port: 3978, publicUrl: 'http://localhost:3978', seedDemoData: true, dataDir: '/srv/app/.data', tabDir: '/srv/app/tab/dist',
    cosmos: { endpoint: undefined, database: 'casebridge' }, graphBaseUrl: undefined,
  });
});

test('azure mode names every missing required setting', () => {
  let error: unknown;
  try {
    loadConfig({ CASEBRIDGE_MODE: 'azure' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as ConfigError).message;
  for (const name of ['MicrosoftAppId', 'COSMOS_ENDPOINT', 'PUBLIC_URL', 'AAD_APP_CLIENT_ID', 'AAD_APP_CLIENT_SECRET', 'TEAMS_APP_ID', 'MicrosoftAppPassword', 'MicrosoftAppTenantId']) {
    expect(message).toContain(name);
  }
});

test('azure mode with a managed identity bot needs no password; no demo data by default', () => {
  const config = loadConfig({
    CASEBRIDGE_MODE: 'azure', MicrosoftAppId: 'a', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't',
    COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', PUBLIC_URL: 'https://cb.example.com/', AAD_APP_CLIENT_ID: 'c',
    AAD_APP_CLIENT_SECRET: 's', TEAMS_APP_ID: '6f1f6e8a-1111-4222-8333-944444444444',
  });
  expect(config.publicUrl).toBe('https://cb.example.com');
  expect(config.seedDemoData).toBe(false);
  expect(config.cosmos.key).toBeUndefined();
  expect(config.graphBaseUrl).toBe('https://graph.microsoft.com/v1.0');
  expect(config.teamsAppCatalogId).toBe('6f1f6e8a-1111-4222-8333-944444444444');
});

test('malformed values are refused with the variable named', () => {
  expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  expect(() => loadConfig({ CASEBRIDGE_MODE: 'cloud' })).toThrow(/CASEBRIDGE_MODE/);
  expect(() => loadConfig({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
  expect(() => loadConfig({ TEAMS_APP_ID: 'x' })).toThrow(/TEAMS_APP_ID/);
});
