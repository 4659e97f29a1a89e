// AKS Conditional Access service on Azure Container Apps. Deployed by `azd up` from deploy/ (see the README, "Deploy to Azure").
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('azd environment name; prefixes the resource group and names every resource.')
param environmentName string

@minLength(1)
@description('Azure region for every resource.')
param location string

@description('Container image of the service. Empty on the first provision, before azd has pushed one: a public placeholder image is used until `azd deploy` replaces it.')
param apiImage string = ''

@allowed([
  'AzurePublic'
  'AzureUSGovernment'
  'AzureChina'
])
@description('Sovereign cloud the service talks to (AKSCA_CLOUD); the default follows the cloud this template is deployed to.')
param cloud string = environment().name == 'AzureUSGovernment' ? 'AzureUSGovernment' : (environment().name == 'AzureChinaCloud' ? 'AzureChina' : 'AzurePublic')

@description('Comma-separated object ids of break-glass users, always excluded from the policies the service writes (AKSCA_BREAK_GLASS_USER_IDS).')
param breakGlassUserIds string = ''

@description('Comma-separated object ids of break-glass groups, always excluded from the policies the service writes (AKSCA_BREAK_GLASS_GROUP_IDS).')
param breakGlassGroupIds string = ''

@allowed([
  'subscription'
  'resourceGroup'
])
@description('Where the service may read AKS clusters (Azure Reader role): this whole subscription, or one resource group.')
param readerScope string = 'subscription'

@description('Resource group holding the AKS clusters, when readerScope is resourceGroup.')
param clusterResourceGroupName string = ''

@minValue(1)
@maxValue(5)
@description('Upper bound of replicas. Kept low on purpose: Graph allows one Conditional Access write per second per tenant for all callers together, so more replicas add contention, not throughput.')
param maxReplicas int = 3

@description('Unique name of the API\'s own Entra app registration (callers ask it for tokens with the AccessPolicy.Read / AccessPolicy.Write app roles).')
param apiAppUniqueName string = 'aks-conditional-access-${environmentName}'

@secure()
@description('Secret settings by environment-variable name, e.g. {"QUARKUS_SOME_SECRET": "..."}; stored as Container Apps secrets and passed by secretRef, never as plain values.')
param secretSettings object = {}

var tags = {
  'azd-env-name': environmentName
}
var token = toLower(uniqueString(subscription().id, environmentName, location))
var readerRoleId = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: group
  params: {
    name: 'id-aksca-${token}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: {
    name: 'log-aksca-${token}'
    location: location
    tags: tags
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  scope: group
  params: {
    name: 'craksca${token}'
    location: location
    tags: tags
    pullPrincipalId: identity.outputs.principalId
  }
}

module containerAppsEnvironment 'modules/container-apps-environment.bicep' = {
  name: 'container-apps-environment'
  scope: group
  params: {
    name: 'cae-aksca-${token}'
    location: location
    tags: tags
    logAnalyticsWorkspaceName: monitoring.outputs.name
  }
}

module apiRegistration 'modules/api-registration.bicep' = {
  name: 'api-registration'
  scope: group
  params: {
    uniqueName: apiAppUniqueName
    displayName: 'AKS Conditional Access API (${environmentName})'
  }
}

module graphPermissions 'modules/graph-permissions.bicep' = {
  name: 'graph-permissions'
  scope: group
  params: {
    principalId: identity.outputs.principalId
  }
}

resource subscriptionReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (readerScope == 'subscription') {
  name: guid(subscription().id, 'aksca-reader', environmentName)
  properties: {
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', readerRoleId)
  }
}

module resourceGroupReader 'modules/reader-role.bicep' = if (readerScope == 'resourceGroup') {
  name: 'cluster-reader'
  scope: resourceGroup(readerScope == 'resourceGroup' ? clusterResourceGroupName : group.name)
  params: {
    principalId: identity.outputs.principalId
    roleDefinitionId: readerRoleId
  }
}

module api 'modules/container-app.bicep' = {
  name: 'api'
  scope: group
  params: {
    name: 'ca-aksca-${token}'
    location: location
    tags: tags
    environmentId: containerAppsEnvironment.outputs.id
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    registryServer: registry.outputs.loginServer
    image: apiImage
    maxReplicas: maxReplicas
    oidcAuthServerUrl: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
    oidcClientId: apiRegistration.outputs.clientId
    cloud: cloud
    tenantId: tenant().tenantId
    breakGlassUserIds: breakGlassUserIds
    breakGlassGroupIds: breakGlassGroupIds
    secretSettings: secretSettings
  }
  dependsOn: [
    graphPermissions
  ]
}

@description('Registry azd pushes the service image to.')
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.outputs.loginServer
@description('Tenant of the deployment.')
output AZURE_TENANT_ID string = tenant().tenantId
@description('Region of the deployment.')
output AZURE_LOCATION string = location
@description('Resource group azd deploys into.')
output AZURE_RESOURCE_GROUP string = group.name
@description('Public HTTPS base URL of the service.')
output API_URL string = api.outputs.url
@description('Client id of the API\'s app registration; callers ask for the scope {API_CLIENT_ID}/.default.')
output API_CLIENT_ID string = apiRegistration.outputs.clientId
@description('Client id of the service\'s user-assigned managed identity.')
output SERVICE_IDENTITY_CLIENT_ID string = identity.outputs.clientId
