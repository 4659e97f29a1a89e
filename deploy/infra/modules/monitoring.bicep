@description('Name of the Log Analytics workspace that receives the container logs.')
param name string

@description('Azure region.')
param location string

@description('Tags for the workspace.')
param tags object

@minValue(30)
@maxValue(730)
@description('Days the service\'s logs are kept.')
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

@description('Workspace name, for the Container Apps environment.')
output name string = workspace.name
