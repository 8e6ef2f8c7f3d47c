// Azure Bot resource: registers the service's /api/messages endpoint with the Bot Framework under the
// bot's single-tenant Entra app (multi-tenant bot creation is deprecated) and enables the Teams channel.

@description('Name of the Azure Bot resource.')
param name string

@description('Display name of the bot.')
param displayName string

@description('Host name of the service; the messaging endpoint is https://<host>/api/messages.')
param hostName string

@description('Client id of the bot\'s Entra app.')
param appId string

@description('Tenant id of the bot\'s Entra app.')
param tenantId string

@description('Bot Service SKU. F0 is free for the Teams channel (a standard channel).')
@allowed(['F0', 'S1'])
param sku string

@description('Tags applied to every resource.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: appId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('Name of the Azure Bot resource.')
output name string = bot.name

@description('The messaging endpoint registered for the bot.')
output messagingEndpoint string = bot.properties.endpoint
