// Key Vault (RBAC mode) holding the two Entra client secrets the service needs. The Web App reads them
// through Key Vault references with its managed identity; nobody gets them as plain app settings.

@description('Name of the vault (3-24 chars, globally unique).')
param name string

@description('Azure region.')
param location string

@secure()
@description('Client secret of the bot\'s Entra app.')
param botAppPassword string

@secure()
@description('Client secret of the SSO Entra app.')
param aadAppClientSecret string

@description('Secret name for the bot app\'s client secret.')
param botPasswordSecretName string

@description('Secret name for the SSO app\'s client secret.')
param aadAppSecretSecretName string

@secure()
@description('Signing key of the public web form.')
param webformSecret string

@description('Secret name for the web form\'s signing key.')
param webformSecretName string

@secure()
@description('Signing key of customer chat visitor tokens and agent socket tickets.')
param chatTokenSecret string

@description('Secret name for the customer chat\'s signing key.')
param chatTokenSecretName string

@secure()
@description('HMAC key of the signed raw-MIME webhook; empty: no secret is stored (the webhook is off).')
param mailWebhookSecret string

@description('Secret name for the webhook\'s HMAC key.')
param mailWebhookSecretName string

@description('Object id of the identity allowed to read secrets (the Web App).')
param secretsReaderPrincipalId string

@description('Purge protection: a deleted vault or secret cannot be purged before the retention period ends. Irreversible once on.')
param enablePurgeProtection bool

@description('Tags applied to every resource.')
param tags object

// Built-in role "Key Vault Secrets User": read secret contents, nothing else.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true // Azure RBAC instead of access policies
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null // the API accepts only true or absent
    publicNetworkAccess: 'Enabled' // App Service resolves references over the public endpoint
  }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: botPasswordSecretName
  properties: {
    value: botAppPassword
    contentType: 'Client secret of the Casebridge bot Entra app (MicrosoftAppPassword)'
  }
}

resource aadAppSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: aadAppSecretSecretName
  properties: {
    value: aadAppClientSecret
    contentType: 'Client secret of the Casebridge SSO Entra app (AAD_APP_CLIENT_SECRET)'
  }
}

resource webform 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: webformSecretName
  properties: {
    value: webformSecret
    contentType: 'Signing key of the Casebridge web form (WEBFORM_SECRET)'
  }
}

resource chatToken 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: chatTokenSecretName
  properties: {
    value: chatTokenSecret
    contentType: 'Signing key of Casebridge customer chat tokens (CHAT_TOKEN_SECRET)'
  }
}

resource mailWebhook 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(mailWebhookSecret)) {
  parent: vault
  name: mailWebhookSecretName
  properties: {
    value: mailWebhookSecret
    contentType: 'HMAC key of the Casebridge raw-MIME webhook (MAIL_WEBHOOK_SECRET)'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, secretsReaderPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: secretsReaderPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('URI of the vault.')
output uri string = vault.properties.vaultUri
