package dev.aksca.graph;

/** A user of the tenant as Graph's {@code users/{id | userPrincipalName}} names it. */
public record DirectoryUser(String id, String userPrincipalName) {
}
