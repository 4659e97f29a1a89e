// Azure Reader on one resource group: the service reads managed clusters and their agent pools, nothing else.
@description('Object id of the service\'s user-assigned identity.')
param principalId string

@description('Role definition id of the built-in Reader role.')
param roleDefinitionId string

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, principalId, roleDefinitionId)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
  }
}
