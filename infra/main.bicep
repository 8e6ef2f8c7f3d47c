// Casebridge on Azure: App Service (the Node.js service and the tab), Cosmos DB (all data), Storage
// (raw mail, attachments and outbox blobs), Key Vault (the two Entra client secrets), Azure Bot
// (Teams channel). Deployed by `atk provision` through m365agents.yml, or by hand with
// `az deployment group create` (see docs/deploy.md).
//
// Order matters: the Web App comes first because Cosmos DB, Storage and Key Vault grant roles to its
// managed identity. The app's settings only need the Cosmos and blob endpoints and the vault name,
// which follow from the resource names, so nothing here depends on itself.
targetScope = 'resourceGroup'

@description('Short base for resource names: lowercase letters, digits and single hyphens, e.g. "casebridge" or "casebridge-dev". A hash of the resource group is appended where names must be globally unique.')
@minLength(3)
@maxLength(14)
param resourceBaseName string

@description('Azure region for the App Service, Cosmos DB and Key Vault.')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 suits a trial; use P0v3 or larger in production.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'P0v3', 'P1v3', 'P2v3'])
param appServiceSku string = 'B1'

@description('Cosmos DB capacity mode: Serverless (pay per request) or Autoscale (provisioned, shared by the database).')
@allowed(['Serverless', 'Autoscale'])
param cosmosCapacityMode string = 'Serverless'

@description('Maximum RU/s of the database when cosmosCapacityMode is Autoscale.')
@minValue(1000)
@maxValue(1000000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('Cosmos DB database name.')
param cosmosDatabaseName string = 'casebridge'

@description('Client (application) id of the bot\'s single-tenant Entra app (BOT_ID).')
param botAppId string

@secure()
@description('Client secret of the bot\'s Entra app (SECRET_BOT_PASSWORD). Stored in Key Vault only.')
param botAppPassword string

@description('Tenant id of the bot\'s Entra app. Defaults to the tenant of this deployment.')
param botTenantId string = tenant().tenantId

@description('Client id of the SSO Entra app named in the Teams manifest\'s webApplicationInfo (AAD_APP_CLIENT_ID).')
param aadAppClientId string

@secure()
@description('Client secret of the SSO Entra app (SECRET_AAD_APP_CLIENT_SECRET), for on-behalf-of and RSC Graph calls. Stored in Key Vault only.')
param aadAppClientSecret string

@secure()
@description('Signing key of the public web form (WEBFORM_SECRET, at least 16 characters; SECRET_WEBFORM_SECRET). Stored in Key Vault only; the same for every instance.')
param webformSecret string

@secure()
@description('Signing key of customer chat visitor tokens and agent socket tickets (CHAT_TOKEN_SECRET, at least 32 characters; SECRET_CHAT_TOKEN_SECRET). Stored in Key Vault only; the same for every instance.')
param chatTokenSecret string

@secure()
@description('HMAC key of the signed raw-MIME webhook (MAIL_WEBHOOK_SECRET, at least 32 characters; SECRET_MAIL_WEBHOOK_SECRET). Empty: the webhook is off.')
param mailWebhookSecret string = ''

@description('Tenant id of the SSO Entra app. Defaults to the tenant of this deployment.')
param aadAppTenantId string = tenant().tenantId

@description('Display name of the Azure Bot resource.')
param botDisplayName string = 'Casebridge'

@description('Azure Bot SKU; F0 is free for the Teams channel.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Microsoft Graph base URL the service calls.')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0'

@description('Address of the shared Microsoft 365 support mailbox the service reads and sends mail through with Microsoft Graph (MAIL_MAILBOX); empty turns Graph mail off. See docs/mail-azure.md.')
param mailMailbox string = ''

@description('Turn on Key Vault purge protection (recommended in production; it cannot be turned off again, and a deleted vault keeps its name for 90 days).')
param keyVaultPurgeProtection bool = true

@description('Tags applied to every resource.')
param tags object = { application: 'casebridge' }

var base = toLower(resourceBaseName)
var hash = take(uniqueString(subscription().id, resourceGroup().id, base), 6)
var names = {
  plan: 'plan-${base}'
  site: 'app-${base}-${hash}'
  cosmos: 'cosmos-${base}-${hash}'
  keyVault: 'kv-${base}-${hash}' // at most 3 + 14 + 1 + 6 = 24 characters, the Key Vault limit
  storage: 'st${replace(base, '-', '')}${hash}' // letters and digits only, at most 2 + 14 + 6 = 22
  bot: 'bot-${base}-${hash}'
  webPubSub: 'wps-${base}-${hash}'
}
var botPasswordSecretName = 'bot-app-password'
var aadAppSecretSecretName = 'aad-app-client-secret'
var webformSecretName = 'webform-secret'
var chatTokenSecretName = 'chat-token-secret'
var mailWebhookSecretName = 'mail-webhook-secret'

module app 'modules/app.bicep' = {
  name: 'casebridge-app'
  params: {
    planName: names.plan
    siteName: names.site
    location: location
    sku: appServiceSku
    // Equals the account's documentEndpoint; spelled out because the account is created after the app.
    cosmosEndpoint: 'https://${names.cosmos}.documents.azure.com:443/'
    cosmosDatabase: cosmosDatabaseName
    keyVaultName: names.keyVault
    botPasswordSecretName: botPasswordSecretName
    aadAppSecretSecretName: aadAppSecretSecretName
    webformSecretName: webformSecretName
    chatTokenSecretName: chatTokenSecretName
    mailWebhookSecretName: empty(mailWebhookSecret) ? '' : mailWebhookSecretName
    botAppId: botAppId
    botTenantId: botTenantId
    aadAppClientId: aadAppClientId
    aadAppTenantId: aadAppTenantId
    graphBaseUrl: graphBaseUrl
    // Equals the account's primaryEndpoints.blob; spelled out because the account is created after the app.
    storageBlobUrl: 'https://${names.storage}.blob.${environment().suffixes.storage}/'
    mailMailbox: mailMailbox
    // Equals the Web PubSub resource's https://<hostName>; spelled out because it is created after the app.
    webPubSubEndpoint: 'https://${names.webPubSub}.webpubsub.azure.com'
    tags: tags
  }
}

module webPubSub 'modules/webpubsub.bicep' = {
  name: 'casebridge-webpubsub'
  params: {
    name: names.webPubSub
    location: location
    ownerPrincipalId: app.outputs.principalId
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'casebridge-storage'
  params: {
    name: names.storage
    location: location
    blobContributorPrincipalId: app.outputs.principalId
    tags: tags
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'casebridge-cosmos'
  params: {
    accountName: names.cosmos
    location: location
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    databaseName: cosmosDatabaseName
    dataContributorPrincipalId: app.outputs.principalId
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'casebridge-keyvault'
  params: {
    name: names.keyVault
    location: location
    botAppPassword: botAppPassword
    aadAppClientSecret: aadAppClientSecret
    botPasswordSecretName: botPasswordSecretName
    aadAppSecretSecretName: aadAppSecretSecretName
    webformSecret: webformSecret
    webformSecretName: webformSecretName
    chatTokenSecret: chatTokenSecret
    chatTokenSecretName: chatTokenSecretName
    mailWebhookSecret: mailWebhookSecret
    mailWebhookSecretName: mailWebhookSecretName
    secretsReaderPrincipalId: app.outputs.principalId
    enablePurgeProtection: keyVaultPurgeProtection
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'casebridge-bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    hostName: app.outputs.hostName
    appId: botAppId
    tenantId: botTenantId
    sku: botSku
    tags: tags
  }
}

// Upper-case outputs become environment variables of the toolkit environment (env/.env.<name>),
// which m365agents.yml and the app package build read.
@description('Resource id of the Web App, the zip deploy target.')
output AZURE_APP_SERVICE_RESOURCE_ID string = app.outputs.id

@description('Public base URL of the service; record links are <PUBLIC_URL>/records/<type>/<id>.')
output PUBLIC_URL string = 'https://${app.outputs.hostName}'

@description('Base URL of the tab pages (same host as the service).')
output TAB_ENDPOINT string = 'https://${app.outputs.hostName}'

@description('Host of the tab and of unfurled record links.')
output TAB_DOMAIN string = app.outputs.hostName

@description('Bot Framework messaging endpoint.')
output BOT_MESSAGING_ENDPOINT string = bot.outputs.messagingEndpoint

@description('Cosmos DB NoSQL endpoint.')
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint

@description('Blob endpoint of the mail storage account.')
output AZURE_STORAGE_BLOB_URL string = storage.outputs.blobEndpoint

@description('Name of the Key Vault holding the client secrets.')
output KEY_VAULT_NAME string = keyVault.outputs.name
