/**
 * The emulated Entra tenant (contract section 10): an in-process stand-in for one Microsoft Entra tenant with
 * its Entra v2 OIDC/token endpoints, a Microsoft Graph v1.0 subset, an Azure Resource Manager subset for AKS,
 * and an unauthenticated control API under {@code /emulator/}.
 *
 * <p>It listens on its own Vert.x HTTP server ({@code aksca.emulator.port}) with non-blocking handlers, so it never
 * competes with the service for worker threads, and it is never part of the service's OpenAPI document. The
 * service reaches it only through its configured Graph, ARM and OIDC base URLs, exactly as it would reach Azure;
 * nothing in the service may call these classes directly.
 */
package dev.aksca.emulator;
