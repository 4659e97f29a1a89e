package dev.aksca.graph;

import java.util.List;

/**
 * One subscribed SKU of the tenant with the service plans it carries. Entra ID P1/P2 often arrive as plans inside a
 * suite (Microsoft 365 E3/E5, EMS), so callers look at the plans, not at the SKU's name.
 *
 * @param capabilityStatus Graph's {@code Enabled}, {@code Warning}, {@code Suspended}, {@code Deleted} or {@code LockedOut}
 */
public record LicenceSku(String skuPartNumber, String capabilityStatus, List<Plan> servicePlans) {

    /** @param provisioningStatus Graph's {@code Success}, {@code PendingActivation}, {@code Disabled}, ... */
    public record Plan(String servicePlanId, String servicePlanName, String provisioningStatus) {
    }
}
