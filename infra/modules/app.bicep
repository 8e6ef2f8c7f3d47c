// Linux App Service plan + Web App that runs the Casebridge Node.js service (bot endpoint, REST API,
// and the built tab). The app authenticates to Cosmos DB, Storage and Key Vault with its system-assigned
// managed identity, so no data-plane key or connection string exists anywhere.

@description('Name of the App Service plan.')
param planName string

@description('Name of the Web App; also the first label of its default host name (<name>.azurewebsites.net).')
param siteName string

@description('Azure region.')
param location string

@description('App Service plan SKU. Every allowed SKU supports Always On, which the bot needs to answer within Teams\' time limits.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'P0v3', 'P1v3', 'P2v3'])
param sku string

@description('Cosmos DB NoSQL endpoint, e.g. https://<account>.documents.azure.com:443/.')
param cosmosEndpoint string

@description('Cosmos DB database name.')
param cosmosDatabase string

@description('Key Vault holding the bot and SSO app secrets (referenced, never copied into settings).')
param keyVaultName string

@description('Key Vault secret name of the bot app\'s client secret.')
param botPasswordSecretName string

@description('Key Vault secret name of the SSO app\'s client secret.')
param aadAppSecretSecretName string

@description('Key Vault secret name of the web form\'s signing key.')
param webformSecretName string

@description('Key Vault secret name of the customer chat\'s signing key.')
param chatTokenSecretName string

@description('Key Vault secret name of the raw-MIME webhook\'s HMAC key; empty: the webhook is off.')
param mailWebhookSecretName string

@description('Client id of the bot\'s single-tenant Entra app (MicrosoftAppId).')
param botAppId string

@description('Tenant id of the bot\'s Entra app (MicrosoftAppTenantId).')
param botTenantId string

@description('Client id of the SSO Entra app whose tokens the API accepts (AAD_APP_CLIENT_ID).')
param aadAppClientId string

@description('Tenant id of the SSO Entra app (AAD_APP_TENANT_ID).')
param aadAppTenantId string

@description('Microsoft Graph base URL, without a trailing slash.')
param graphBaseUrl string

@description('Blob endpoint of the mail storage account, e.g. https://<account>.blob.core.windows.net/.')
param storageBlobUrl string

@description('Address of the shared support mailbox read and sent through with Graph; empty turns Graph mail off.')
param mailMailbox string

@description('Azure Web PubSub endpoint (customer chat fan-out), reached with the managed identity.')
param webPubSubEndpoint string

@description('Tags applied to every resource.')
param tags object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true // required for Linux plans
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // the service keeps no state in memory between requests
    siteConfig: {
      // Node 24 LTS (Node 20 reached end of life on 2026-04-30). `npm test` runs the integration tests on
      // Node 24 too; build the deploy on Node 24 so node_modules matches this runtime.
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'npm run start:built'
      alwaysOn: true // a cold start would blow the 5 s message-extension and 15 s bot budgets
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: true // the live timeline (E3) may push updates over a socket
    }
  }
}

// Settings live in their own resource because PUBLIC_URL needs the site's host name, which the site
// resource cannot reference from inside its own properties.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    CASEBRIDGE_MODE: 'azure'
    NODE_ENV: 'production'
    PUBLIC_URL: 'https://${site.properties.defaultHostName}'
    COSMOS_ENDPOINT: cosmosEndpoint
    COSMOS_DATABASE: cosmosDatabase
    MicrosoftAppId: botAppId
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppTenantId: botTenantId
    // Versionless Key Vault references: App Service resolves them with the site's managed identity
    // and picks up a rotated secret within 24 hours, or at once on restart.
    MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botPasswordSecretName})'
    AAD_APP_CLIENT_ID: aadAppClientId
    AAD_APP_TENANT_ID: aadAppTenantId
    AAD_APP_CLIENT_SECRET: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${aadAppSecretSecretName})'
    GRAPH_BASE_URL: graphBaseUrl
    // Blobs are reached with the managed identity (shared keys are off on the account).
    AZURE_STORAGE_BLOB_URL: storageBlobUrl
    MAIL_MAILBOX: mailMailbox
    // The chat's fan-out hub, reached with the managed identity (no access key exists).
    WEB_PUBSUB_ENDPOINT: webPubSubEndpoint
    WEBFORM_SECRET: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${webformSecretName})'
    CHAT_TOKEN_SECRET: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${chatTokenSecretName})'
    MAIL_WEBHOOK_SECRET: empty(mailWebhookSecretName) ? '' : '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${mailWebhookSecretName})'
    // The deploy step uploads a built tree (npm ci + npm run build ran before zipping); the
    // platform must run it as is, not rebuild it.
    WEBSITE_RUN_FROM_PACKAGE: '1'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  }
}

@description('Resource id of the Web App (the toolkit\'s zip deploy target).')
output id string = site.id

@description('Default host name of the Web App.')
output hostName string = site.properties.defaultHostName

@description('Object id of the Web App\'s system-assigned identity, for role assignments.')
output principalId string = site.identity.principalId
