// Microsoft Graph application permissions of the service's managed identity (app role assignments on the
// Microsoft Graph service principal; deploying them is the admin consent). Exactly the ones the code needs:
// dev.aksca.graph.GraphPermissions.ALL, which DeploymentTemplateTest keeps equal to the list below.
extension microsoftGraphV1

@description('Object id of the service principal of the service\'s user-assigned managed identity.')
param principalId string

// Microsoft Graph's well-known application id, the same in every cloud.
var graphAppId = '00000003-0000-0000-c000-000000000000'

var graphPermissions = [
  'Policy.Read.All'
  'Policy.ReadWrite.ConditionalAccess'
  'AuditLog.Read.All'
  'Directory.Read.All'
]

resource graph 'Microsoft.Graph/servicePrincipals@v1.0' existing = {
  appId: graphAppId
}

resource grants 'Microsoft.Graph/appRoleAssignedTo@v1.0' = [for permission in graphPermissions: {
  principalId: principalId
  resourceId: graph.id
  appRoleId: filter(graph.appRoles, role => role.value == permission && contains(role.allowedMemberTypes, 'Application'))[0].id
}]

@description('The Graph application permissions granted.')
output granted array = graphPermissions
