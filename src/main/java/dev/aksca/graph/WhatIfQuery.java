package dev.aksca.graph;

/**
 * A What-If question: this user (object id) signs in to this application from a device, in Graph's own values
 * ({@code devicePlatform} from conditionalAccessDevicePlatform, {@code clientAppType} from conditionalAccessClientApp).
 */
public record WhatIfQuery(String userId, String appId, String devicePlatform, String clientAppType,
        boolean deviceCompliant) {
}
