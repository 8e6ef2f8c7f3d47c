// Azure Cosmos DB for NoSQL: one database, one container per aggregate, every container partitioned
// by tenant first (hierarchical keys), so each tenant's data is physically grouped and every hot-path
// read is a point read. Keys are disabled: the only way in is Entra ID with the data role below.

@description('Name of the Cosmos DB account (globally unique, lowercase).')
param accountName string

@description('Azure region.')
param location string

@description('Serverless: billed per request, single region, for trials and small tenants. Autoscale: provisioned throughput shared by all containers, scaling between 10% and 100% of the maximum.')
@allowed(['Serverless', 'Autoscale'])
param capacityMode string

@description('Maximum RU/s of the database when capacityMode is Autoscale (1000 to 1000000, in steps of 1000).')
@minValue(1000)
@maxValue(1000000)
param autoscaleMaxThroughput int

@description('Database name.')
param databaseName string

@description('Object id of the identity that gets the built-in Cosmos DB Built-in Data Contributor role on the database.')
param dataContributorPrincipalId string

@description('Tags applied to every resource.')
param tags object

var serverless = capacityMode == 'Serverless'

// Partition keys: tenant first (A4, tenant isolation), then the id the hot path reads by. `ttl` turns
// on per-item expiry (defaultTtl -1: nothing expires unless the item sets its own `ttl`).
var containers = [
  { name: 'records', paths: ['/tenantId', '/id'], ttl: false }
  { name: 'people', paths: ['/tenantId', '/id'], ttl: false }
  { name: 'directory', paths: ['/tenantId', '/kind'], ttl: false }
  { name: 'audit', paths: ['/tenantId', '/subject'], ttl: false }
  { name: 'operations', paths: ['/tenantId', '/id'], ttl: true }
  { name: 'timeline', paths: ['/tenantId', '/recordId'], ttl: true }
  { name: 'chats', paths: ['/tenantId', '/chatId'], ttl: false }
  { name: 'transcripts', paths: ['/tenantId', '/chatId'], ttl: true }
  // A conversation and its messages share one partition; mail threading index; received requests.
  { name: 'conversations', paths: ['/tenantId', '/conversationId'], ttl: false }
  { name: 'mailindex', paths: ['/tenantId', '/id'], ttl: false }
  { name: 'intake', paths: ['/tenantId', '/id'], ttl: false }
  // H2: a user's favorites and message flags, one document per user.
  { name: 'usermarks', paths: ['/tenantId', '/userId'], ttl: false }
  // H3: a user's pending Teams notifications (batched) and their preferences.
  { name: 'notifications', paths: ['/tenantId', '/userId'], ttl: false }
  // I2: customer chat sessions (the pending transfer, the next seq, the newest entries inline)
  // and their older entries by seq.
  // Only the paths their queries filter and sort on are indexed (bot/src/storage/cosmos/containers.ts INDEXED_PATHS).
  { name: 'chatsessions', paths: ['/tenantId', '/id'], ttl: false, included: ['/tenantId/?', '/status/?', '/createdAt/?', '/agentId/?', '/listenerIds/[]/?', '/transfer/toUserId/?', '/transfer/status/?', '/transfer/expiresAt/?'] }
  { name: 'chatmessages', paths: ['/tenantId', '/sessionId'], ttl: false, included: ['/tenantId/?', '/sessionId/?', '/seq/?'] }
  // I1: each agent's status and heartbeat.
  { name: 'agentstatus', paths: ['/tenantId', '/userId'], ttl: false }
  // J1: each user's delegations (delegates and delegators) and the tenant's delegation policy.
  { name: 'delegations', paths: ['/tenantId', '/userId'], ttl: false }
  // J5: private notes, by author (only the author's own reads reach them).
  { name: 'privatenotes', paths: ['/tenantId', '/authorId'], ttl: false }
  // Support addresses, unique across tenants: the lower-cased address is the key.
  { name: 'mailroutes', paths: ['/id'], ttl: false }
  // Request counters shared by every instance (rate limits): no tenant data, never queried, so
  // nothing is indexed; each counter expires with its window.
  { name: 'ratelimits', paths: ['/id'], ttl: true, indexed: false }
]

// Built-in data-plane role "Cosmos DB Built-in Data Contributor" (read and write items; no account,
// database or container management, which stays with this template).
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session' // read-your-own-writes per client, which the ETag flows rely on
    }
    capabilities: serverless ? [{ name: 'EnableServerless' }] : []
    disableLocalAuth: true // no account keys: Entra ID only
    disableKeyBasedMetadataWriteAccess: true // containers change through this template, not through SDK calls
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: serverless ? {} : { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } }
  }
}

resource container 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for c in containers: {
    parent: database
    name: c.name
    properties: {
      resource: union(
        {
          id: c.name
          partitionKey: {
            paths: c.paths
            kind: length(c.paths) > 1 ? 'MultiHash' : 'Hash'
            version: 2
          }
          indexingPolicy: c.?included != null
            ? {
                indexingMode: 'consistent'
                automatic: true
                includedPaths: map(c.?included ?? [], p => { path: p })
                excludedPaths: [{ path: '/*' }]
              }
            : (c.?indexed ?? true)
            ? {
                indexingMode: 'consistent'
                automatic: true
                includedPaths: [{ path: '/*' }]
                excludedPaths: [{ path: '/"_etag"/?' }]
              }
            : {
                indexingMode: 'consistent'
                automatic: true
                includedPaths: []
                excludedPaths: [{ path: '/*' }]
              }
        },
        c.ttl ? { defaultTtl: -1 } : {}
      )
      options: {}
    }
  }
]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, dataContributorPrincipalId, dataContributorRoleId)
  properties: {
    principalId: dataContributorPrincipalId
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    scope: '${account.id}/dbs/${databaseName}' // this database only, not the whole account
  }
  dependsOn: [database]
}

@description('Cosmos DB NoSQL endpoint.')
output endpoint string = account.properties.documentEndpoint

@description('Name of the Cosmos DB account.')
output accountName string = account.name
