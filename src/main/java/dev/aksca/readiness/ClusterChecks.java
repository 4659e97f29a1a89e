package dev.aksca.readiness;

import dev.aksca.cluster.AgentPool;
import dev.aksca.cluster.ManagedCluster;
import dev.aksca.graph.DirectoryObjectInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cluster's prerequisites, from what ARM and Graph answered; no I/O here. */
final class ClusterChecks {

    private static final String GROUP_PLACEHOLDER = "<group-object-id>";

    private ClusterChecks() {
    }

    static ReadinessCheck managedEntra(ManagedCluster cluster, ClusterNames names) {
        if (cluster.managedEntra()) {
            return ReadinessCheck.pass(ReadinessCheck.MANAGED_ENTRA, "The cluster uses AKS-managed Microsoft Entra"
                    + " integration, so kubectl sign-ins go through Entra ID and the AKS server application.");
        }
        return ReadinessCheck.fail(ReadinessCheck.MANAGED_ENTRA, "The cluster does not use AKS-managed Microsoft Entra"
                + " integration (aadProfile.managed is not true), so kubectl sign-ins never reach Conditional Access.",
                names.aksUpdate("--enable-aad --aad-admin-group-object-ids " + groupsArgument(cluster.adminGroupObjectIds())));
    }

    static ReadinessCheck localAccounts(ManagedCluster cluster, ClusterNames names) {
        if (cluster.localAccountsDisabled()) {
            return ReadinessCheck.pass(ReadinessCheck.LOCAL_ACCOUNTS, "Local accounts are disabled, so every kubectl"
                    + " sign-in goes through Entra ID and therefore Conditional Access.");
        }
        return ReadinessCheck.fail(ReadinessCheck.LOCAL_ACCOUNTS, "Local accounts are enabled"
                + " (disableLocalAccounts false): the cluster-admin credential of az aks get-credentials --admin"
                + " bypasses Entra ID and therefore Conditional Access.", names.aksUpdate("--disable-local-accounts"));
    }

    /**
     * @param found the directory's answer, by lower-case object id
     */
    static ReadinessCheck adminGroups(ManagedCluster cluster, ClusterNames names, Map<String, DirectoryObjectInfo> found) {
        List<String> groups = cluster.adminGroupObjectIds();
        if (groups.isEmpty()) {
            return ReadinessCheck.fail(ReadinessCheck.ADMIN_GROUPS, "The cluster has no admin groups"
                    + " (aadProfile.adminGroupObjectIDs is empty), so there is no group to scope its Conditional Access"
                    + " policy by.", names.aksUpdate("--aad-admin-group-object-ids " + GROUP_PLACEHOLDER));
        }
        List<String> existing = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : groups) {
            DirectoryObjectInfo object = found.get(id.toLowerCase(Locale.ROOT));
            if (object != null && "group".equalsIgnoreCase(object.type())) {
                existing.add(id);
                labels.add(TenantChecks.label(object));
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            return ReadinessCheck.fail(ReadinessCheck.ADMIN_GROUPS, "Admin group " + String.join(", ", missing)
                    + (missing.size() == 1 ? " does" : " do") + " not exist in the directory as a group, so a"
                    + " Conditional Access policy cannot be scoped by it.", "Create the group in Entra ID, or set the"
                    + " cluster's admin groups to existing ones: " + names.aksUpdate("--aad-admin-group-object-ids "
                    + groupsArgument(existing)));
        }
        return ReadinessCheck.pass(ReadinessCheck.ADMIN_GROUPS, "The cluster's admin groups exist in the directory: "
                + String.join(", ", labels) + "; a policy scoped by them applies on every AKS cluster in the tenant.");
    }

    private static String groupsArgument(List<String> groups) {
        return groups.isEmpty() ? GROUP_PLACEHOLDER : String.join(",", groups);
    }

    /** Pools with SSH disabled pass: nothing reaches their nodes over SSH, so there is nothing to protect. */
    static ReadinessCheck sshAccess(List<AgentPool> pools, ClusterNames names) {
        List<String> entra = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        List<String> windows = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (AgentPool pool : pools) {
            String access = pool.sshAccess() == null ? "LocalUser" : pool.sshAccess();
            if ("Windows".equalsIgnoreCase(pool.osType())) {
                windows.add(pool.name());
            } else if ("EntraId".equalsIgnoreCase(access)) {
                entra.add(pool.name());
            } else if ("Disabled".equalsIgnoreCase(access)) {
                disabled.add(pool.name());
            } else {
                failing.add(pool.name() + " (" + access + ")");
                commands.add(names.nodePoolUpdate(pool.name(), "--ssh-access entraid"));
            }
        }
        String others = (disabled.isEmpty() ? "" : "; SSH disabled: " + String.join(", ", disabled))
                + (windows.isEmpty() ? "" : "; Windows pools, not applicable: " + String.join(", ", windows));
        if (!failing.isEmpty()) {
            return ReadinessCheck.fail(ReadinessCheck.SSH_ACCESS, "Linux node pool " + String.join(", ", failing)
                    + (failing.size() == 1 ? " does" : " do") + " not use Entra ID SSH, so SSH to its nodes bypasses"
                    + " Conditional Access" + others + ".", String.join(" && ", commands));
        }
        String detail = entra.isEmpty() ? "No Linux node pool accepts SSH with Entra ID" + others
                : "Every Linux node pool that allows SSH uses Entra ID: " + String.join(", ", entra) + others;
        return ReadinessCheck.pass(ReadinessCheck.SSH_ACCESS, detail + ".");
    }
}
