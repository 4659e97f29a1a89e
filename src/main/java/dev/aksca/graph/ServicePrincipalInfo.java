package dev.aksca.graph;

/** The tenant's service principal of an application: without one, Conditional Access cannot target the app. */
public record ServicePrincipalInfo(String id, String appId, String displayName, boolean accountEnabled) {
}
