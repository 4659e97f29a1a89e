@description('Name of the container registry azd pushes the service image to (alphanumeric, globally unique).')
param name string

@description('Azure region.')
param location string

@description('Tags for the registry.')
param tags object

@description('Object id of the identity that pulls images (the service\'s user-assigned identity).')
param pullPrincipalId string

var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Basic'
  }
  properties: {
    // Pulls use the managed identity; no admin user, no password anywhere.
    adminUserEnabled: false
  }
}

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, pullPrincipalId, acrPullRoleId)
  scope: registry
  properties: {
    principalId: pullPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
  }
}

@description('Login server, e.g. craksca123.azurecr.io.')
output loginServer string = registry.properties.loginServer
