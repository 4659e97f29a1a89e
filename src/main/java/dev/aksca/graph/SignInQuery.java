package dev.aksca.graph;

import java.time.OffsetDateTime;

/** Sign-ins to one application in a window, for one user (by object id or UPN) or all users. */
public record SignInQuery(String appId, String userId, String userPrincipalName, OffsetDateTime from) {
}
