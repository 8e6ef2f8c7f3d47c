// Azure Web PubSub: the fan-out hub of the customer chat across instances (SPEC I). Every instance
// is a client of the hub over the json.webpubsub.azure.v1 subprotocol and gets its client URL and
// token from the service with its managed identity ('Web PubSub Service Owner' on this resource).
// Local auth is off: no access key or connection string exists anywhere.

@description('Web PubSub resource name (globally unique, 3-63 letters, digits and hyphens).')
@minLength(3)
@maxLength(63)
param name string

@description('Azure region.')
param location string

@description('Hub name (WEB_PUBSUB_HUB of the app).')
param hubName string = 'casebridge'

@description('Free_F1 (20 connections, 20,000 messages a day: trials) or Standard_S1 (1,000 connections per unit).')
@allowed(['Free_F1', 'Standard_S1'])
param sku string = 'Standard_S1'

@description('Units of Standard_S1 (each 1,000 concurrent connections).')
@minValue(1)
param capacity int = 1

@description('Object id of the Web App\'s managed identity, granted Web PubSub Service Owner.')
param ownerPrincipalId string

@description('Tags applied to every resource.')
param tags object

// Built-in role "Web PubSub Service Owner": generate client tokens and manage connections.
var serviceOwnerRoleId = '12cf5a90-567b-43ae-8102-96cf46c7d9b4'

resource pubsub 'Microsoft.SignalRService/webPubSub@2024-03-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
    tier: sku == 'Free_F1' ? 'Free' : 'Standard'
    capacity: sku == 'Free_F1' ? 1 : capacity
  }
  properties: {
    disableLocalAuth: true
    disableAadAuth: false
    publicNetworkAccess: 'Enabled'
    tls: {
      clientCertEnabled: false
    }
  }
}

// Casebridge registers no event handler: instances only join, leave and send to groups.
resource hub 'Microsoft.SignalRService/webPubSub/hubs@2024-03-01' = {
  parent: pubsub
  name: hubName
  properties: {
    anonymousConnectPolicy: 'deny'
    eventHandlers: []
  }
}

resource ownerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(pubsub.id, ownerPrincipalId, serviceOwnerRoleId)
  scope: pubsub
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceOwnerRoleId)
    principalId: ownerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('The service endpoint (WEB_PUBSUB_ENDPOINT of the app).')
output endpoint string = 'https://${pubsub.properties.hostName}'

output hubName string = hub.name
