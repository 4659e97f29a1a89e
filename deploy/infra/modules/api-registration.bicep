// The API's own Entra app registration: the audience of callers' tokens and the owner of the two app roles the
// service checks (contract section 8).
extension microsoftGraphV1

@description('Unique name of the app registration (idempotent key for redeployments).')
param uniqueName string

@description('Display name shown in Entra ID.')
param displayName string

resource api 'Microsoft.Graph/applications@v1.0' = {
  uniqueName: uniqueName
  displayName: displayName
  signInAudience: 'AzureADMyOrg'
  api: {
    // quarkus-oidc is configured for v2 tokens (issuer .../v2.0, audience = client id); Entra issues v1 by default.
    requestedAccessTokenVersion: 2
  }
  appRoles: [
    {
      id: guid(uniqueName, 'AccessPolicy.Read')
      value: 'AccessPolicy.Read'
      displayName: 'Read AKS access policies'
      description: 'Read Conditional Access policies of AKS clusters, their verification, What-If and readiness.'
      allowedMemberTypes: [
        'User'
        'Application'
      ]
      isEnabled: true
    }
    {
      id: guid(uniqueName, 'AccessPolicy.Write')
      value: 'AccessPolicy.Write'
      displayName: 'Write AKS access policies'
      description: 'Apply and delete Conditional Access policies of AKS clusters (needs AccessPolicy.Read to read them).'
      allowedMemberTypes: [
        'User'
        'Application'
      ]
      isEnabled: true
    }
  ]
}

resource apiPrincipal 'Microsoft.Graph/servicePrincipals@v1.0' = {
  appId: api.appId
  // Only users, groups and apps assigned one of the roles can get a token for the API at all.
  appRoleAssignmentRequired: true
}

@description('Application (client) id: QUARKUS_OIDC_CLIENT_ID and the token audience.')
output clientId string = api.appId
@description('Object id of the API\'s service principal, for assigning the app roles to callers.')
output principalId string = apiPrincipal.id
