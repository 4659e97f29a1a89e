// The service itself: one container, external HTTPS ingress on 8080, Quarkus health probes, scale 0..maxReplicas.
@description('Name of the container app.')
param name string

@description('Azure region.')
param location string

@description('Tags for the container app; azd finds the app to deploy to by its azd-service-name tag.')
param tags object

@description('Resource id of the Container Apps environment.')
param environmentId string

@description('Resource id of the service\'s user-assigned managed identity (Graph, ARM and registry access).')
param identityId string

@description('Client id of that identity, given to azure-identity as AZURE_CLIENT_ID.')
param identityClientId string

@description('Login server of the registry the image is pulled from with the managed identity.')
param registryServer string

@description('Image to run; empty means the placeholder, until azd deploys the real one.')
param image string

@minValue(1)
@maxValue(5)
@description('Upper bound of replicas (Graph allows one Conditional Access write per second per tenant).')
param maxReplicas int

@description('Issuer base of the callers\' tokens: {login endpoint}{tenant id}/v2.0 (QUARKUS_OIDC_AUTH_SERVER_URL).')
param oidcAuthServerUrl string

@description('Client id of the API\'s app registration, the expected token audience (QUARKUS_OIDC_CLIENT_ID).')
param oidcClientId string

@description('Sovereign cloud of the Graph and ARM endpoints (AKSCA_CLOUD).')
param cloud string

@description('Entra tenant of the managed identity (AZURE_TENANT_ID).')
param tenantId string

@description('Comma-separated break-glass user object ids (AKSCA_BREAK_GLASS_USER_IDS); empty for none.')
param breakGlassUserIds string

@description('Comma-separated break-glass group object ids (AKSCA_BREAK_GLASS_GROUP_IDS); empty for none.')
param breakGlassGroupIds string

@secure()
@description('Secret settings by environment-variable name; each becomes a Container Apps secret read by secretRef.')
param secretSettings object

// Only until the first `azd deploy` (the next step of `azd up`) replaces it: azd creates the app before it has pushed
// an image. It listens on port 80, so its revision reports unhealthy in the meantime; `azd deploy` changes only
// the image, which is why port and probes are always the service's own.
var placeholderImage = 'mcr.microsoft.com/azuredocs/containerapps-helloworld:latest'
var port = 8080

var plainEnv = concat([
  {
    name: 'QUARKUS_OIDC_AUTH_SERVER_URL'
    value: oidcAuthServerUrl
  }
  {
    name: 'QUARKUS_OIDC_CLIENT_ID'
    value: oidcClientId
  }
  {
    name: 'AKSCA_CLOUD'
    value: cloud
  }
  {
    // DefaultAzureCredential uses the user-assigned identity with this client id (there may be several).
    name: 'AZURE_CLIENT_ID'
    value: identityClientId
  }
  {
    name: 'AZURE_TENANT_ID'
    value: tenantId
  }
], empty(breakGlassUserIds) ? [] : [
  {
    name: 'AKSCA_BREAK_GLASS_USER_IDS'
    value: breakGlassUserIds
  }
], empty(breakGlassGroupIds) ? [] : [
  {
    name: 'AKSCA_BREAK_GLASS_GROUP_IDS'
    value: breakGlassGroupIds
  }
])

var secretList = [for setting in items(secretSettings): {
  name: toLower(replace(setting.key, '_', '-'))
  value: setting.value
}]

var secretEnv = [for setting in items(secretSettings): {
  name: setting.key
  secretRef: toLower(replace(setting.key, '_', '-'))
}]

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  tags: union(tags, {
    'azd-service-name': 'api'
  })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: secretList
    }
    template: {
      containers: [
        {
          name: 'api'
          image: empty(image) ? placeholderImage : image
          // Enough for the JVM image; the native image runs in a quarter of it.
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: concat(plainEnv, secretEnv)
          probes: [
            {
              // Quarkus answers UP once started; until then liveness and readiness are not checked.
              type: 'Startup'
              httpGet: {
                path: '/q/health/started'
                port: port
              }
              initialDelaySeconds: 1
              periodSeconds: 2
              failureThreshold: 30
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/q/health/live'
                port: port
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/q/health/ready'
                port: port
              }
              periodSeconds: 5
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        // Scale to zero when idle; the first request after idling waits for one start (about 1 s JVM, far less native).
        minReplicas: 0
        // Kept low: Conditional Access writes are limited to 1/s per tenant for all callers together, and sign-in
        // log reads to 5 per 10 s per app; more replicas would only contend for the same Graph budget.
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-requests'
            http: {
              metadata: {
                concurrentRequests: '20'
              }
            }
          }
        ]
      }
    }
  }
}

@description('Public HTTPS base URL of the service.')
output url string = 'https://${app.properties.configuration.ingress.fqdn}'
