// The service's own identity: DefaultAzureCredential picks it up through AZURE_CLIENT_ID on Container Apps.
@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, for the container app\'s identity block and registry pulls.')
output id string = identity.id
@description('Client id, passed to the service as AZURE_CLIENT_ID.')
output clientId string = identity.properties.clientId
@description('Object id of its service principal, for Graph app-role and Azure role assignments.')
output principalId string = identity.properties.principalId
