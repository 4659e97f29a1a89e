package dev.aksca.readiness;

import dev.aksca.graph.DirectoryObjectInfo;
import dev.aksca.graph.LicenceSku;
import dev.aksca.graph.ServicePrincipalInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tenant's prerequisites, from what Graph answered; no I/O here. */
final class TenantChecks {

    static final String P1_PLAN_ID = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    static final String P2_PLAN_ID = "eec0eb4f-6444-4f95-aba0-50c24d67f998";
    static final int POLICY_WARN = 180;
    static final int POLICY_LIMIT = 195;
    private static final String POLICIES_BLADE =
            "Delete or merge unused policies: Microsoft Entra admin center > Entra ID > Conditional Access > Policies";

    private TenantChecks() {
    }

    /** By service plan id, not SKU name: the plans also ship inside suites such as Microsoft 365 E3/E5. */
    static ReadinessCheck license(List<LicenceSku> skus) {
        String graceSku = null;
        List<String> inactive = new ArrayList<>();
        for (LicenceSku sku : skus) {
            for (LicenceSku.Plan plan : sku.servicePlans()) {
                if (!isEntraPremium(plan)) {
                    continue;
                }
                boolean provisioned = "Success".equalsIgnoreCase(plan.provisioningStatus());
                if (provisioned && "Enabled".equalsIgnoreCase(sku.capabilityStatus())) {
                    return ReadinessCheck.pass(ReadinessCheck.LICENSE, "Microsoft Entra ID " + tier(plan)
                            + " is active (service plan " + plan.servicePlanName() + " in SKU " + sku.skuPartNumber()
                            + "), as Conditional Access and sign-in logs require.");
                }
                if (provisioned && "Warning".equalsIgnoreCase(sku.capabilityStatus())) {
                    graceSku = sku.skuPartNumber();
                } else {
                    inactive.add(plan.servicePlanName() + " in " + sku.skuPartNumber() + " (SKU "
                            + sku.capabilityStatus() + ", plan " + plan.provisioningStatus() + ")");
                }
            }
        }
        if (graceSku != null) {
            return ReadinessCheck.warn(ReadinessCheck.LICENSE, "The Microsoft Entra ID P1/P2 licence in SKU " + graceSku
                    + " has expired and is in its grace period (capabilityStatus Warning): Conditional Access stops"
                    + " working when the grace period ends.", "Renew " + graceSku
                    + ": Microsoft 365 admin center > Billing > Your products");
        }
        String found = inactive.isEmpty() ? "" : " (found but not active: " + String.join("; ", inactive) + ")";
        return ReadinessCheck.fail(ReadinessCheck.LICENSE, "The tenant has no active Microsoft Entra ID P1 or P2"
                + " service plan (AAD_PREMIUM or AAD_PREMIUM_P2) in its subscribed SKUs" + found
                + ", so Conditional Access policies are not enforced and sign-in logs cannot be read.",
                "Buy or activate Microsoft Entra ID P1 or P2, alone or in a suite such as Microsoft 365 E3/E5 or EMS"
                        + " E3/E5: Microsoft 365 admin center > Billing > Purchase services");
    }

    private static boolean isEntraPremium(LicenceSku.Plan plan) {
        return P1_PLAN_ID.equalsIgnoreCase(plan.servicePlanId()) || P2_PLAN_ID.equalsIgnoreCase(plan.servicePlanId());
    }

    private static String tier(LicenceSku.Plan plan) {
        return P2_PLAN_ID.equalsIgnoreCase(plan.servicePlanId()) ? "P2" : "P1";
    }

    static ReadinessCheck servicePrincipal(String id, String appId, String appName, String purpose,
            Optional<ServicePrincipalInfo> servicePrincipal) {
        if (servicePrincipal.isEmpty()) {
            return ReadinessCheck.fail(id, "The tenant has no service principal for " + appName + " (appId " + appId
                    + "), so Conditional Access cannot target it and " + purpose + " cannot work.",
                    "az ad sp create --id " + appId);
        }
        if (!servicePrincipal.get().accountEnabled()) {
            return ReadinessCheck.fail(id, "The service principal of " + appName + " (appId " + appId
                    + ") is disabled, so nobody can sign in to it and " + purpose + " cannot work.",
                    "az ad sp update --id " + appId + " --set accountEnabled=true");
        }
        return ReadinessCheck.pass(id, "The tenant has the service principal of " + appName + " (appId " + appId
                + "), so Conditional Access policies can target it.");
    }

    static ReadinessCheck policyCount(int count) {
        if (count >= POLICY_LIMIT) {
            return ReadinessCheck.fail(ReadinessCheck.POLICY_COUNT, "The tenant holds " + count
                    + " Conditional Access policies, Entra's limit of " + POLICY_LIMIT
                    + ", so Graph refuses every new policy, this cluster's included.", POLICIES_BLADE);
        }
        if (count >= POLICY_WARN) {
            return ReadinessCheck.warn(ReadinessCheck.POLICY_COUNT, "The tenant holds " + count
                    + " Conditional Access policies, close to Entra's limit of " + POLICY_LIMIT
                    + " after which new policies are refused.", POLICIES_BLADE);
        }
        return ReadinessCheck.pass(ReadinessCheck.POLICY_COUNT, "The tenant holds " + count
                + " Conditional Access policies of at most " + POLICY_LIMIT + ".");
    }

    /**
     * @param found the directory's answer, by lower-case object id
     */
    static ReadinessCheck breakGlass(List<String> userIds, List<String> groupIds, Map<String, DirectoryObjectInfo> found) {
        if (userIds.isEmpty() && groupIds.isEmpty()) {
            return ReadinessCheck.warn(ReadinessCheck.BREAK_GLASS, "No break-glass account is configured, so managed"
                    + " policies exclude nobody and an enabled policy could lock every administrator out.",
                    "Set aksca.break-glass.user-ids and/or aksca.break-glass.group-ids (environment"
                            + " AKSCA_BREAK_GLASS_USER_IDS, AKSCA_BREAK_GLASS_GROUP_IDS) to the object ids of the"
                            + " tenant's emergency-access accounts");
        }
        List<String> missing = new ArrayList<>();
        List<String> present = new ArrayList<>();
        sort(userIds, "user", "aksca.break-glass.user-ids", found, present, missing);
        sort(groupIds, "group", "aksca.break-glass.group-ids", found, present, missing);
        if (!missing.isEmpty()) {
            return ReadinessCheck.fail(ReadinessCheck.BREAK_GLASS, "Configured break-glass accounts are missing from"
                    + " the directory: " + String.join(", ", missing) + "; excluding them protects nobody from a lockout.",
                    "Correct the id in the configuration, or create the emergency-access account: Microsoft Entra"
                            + " admin center > Entra ID > Users > New user");
        }
        return ReadinessCheck.pass(ReadinessCheck.BREAK_GLASS, "Every managed policy excludes the configured"
                + " break-glass accounts, and they exist: " + String.join(", ", present) + ".");
    }

    private static void sort(List<String> ids, String type, String key, Map<String, DirectoryObjectInfo> found,
            List<String> present, List<String> missing) {
        for (String id : ids) {
            DirectoryObjectInfo object = found.get(id.toLowerCase(Locale.ROOT));
            if (object != null && type.equalsIgnoreCase(object.type())) {
                present.add(label(object));
            } else {
                missing.add(type + " " + id + " (" + key + ")");
            }
        }
    }

    static String label(DirectoryObjectInfo object) {
        return object.displayName() == null ? object.id() : object.displayName() + " (" + object.id() + ")";
    }

    static ReadinessCheck clientGuidance(ClusterNames names) {
        return ReadinessCheck.warn(ReadinessCheck.CLIENT_GUIDANCE, "kubelogin's default device-code login is blocked"
                + " by Conditional Access policies that require a compliant device, and Azure CLI on Linux cannot"
                + " satisfy a compliant-device policy for Entra ID SSH to nodes.", names.getCredentials()
                + " && kubelogin convert-kubeconfig -l azurecli (or -l interactive); for az ssh to nodes under a"
                + " compliant-device policy, sign in to Azure CLI on a compliant Windows or macOS device");
    }
}
