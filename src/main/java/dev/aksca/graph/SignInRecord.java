package dev.aksca.graph;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The part of a Graph signIn that proves Conditional Access: overall status, each applied policy's result
 * by policy id, and the failure the user saw.
 */
public record SignInRecord(
        String id,
        OffsetDateTime createdDateTime,
        String userPrincipalName,
        String conditionalAccessStatus,
        Map<String, String> policyResults,
        Boolean deviceCompliant,
        int errorCode,
        String failureReason) {
}
