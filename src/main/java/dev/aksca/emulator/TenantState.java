package dev.aksca.emulator;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The tenant's directory, policies, licence and AKS clusters, in memory.
 *
 * <p>Every method is synchronized and hands out copies: the routes run on an event loop, while other code (a CA
 * engine, tests) may read from worker threads. No method blocks or performs I/O, so holding the lock is cheap.
 */
@ApplicationScoped
public class TenantState {

    private final Map<String, JsonObject> policies = new LinkedHashMap<>();
    private final Map<String, JsonObject> users = new LinkedHashMap<>();
    private final Map<String, JsonObject> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Map<String, JsonObject> servicePrincipals = new LinkedHashMap<>();
    private final Map<String, JsonObject> clusters = new LinkedHashMap<>();
    private final Map<String, Set<String>> resourceGroups = new HashMap<>();
    private List<String> licencePlans = List.of();

    /** Back to the seed: no policies, the seeded directory, licence and clusters. */
    public synchronized void reset() {
        policies.clear();
        users.clear();
        groups.clear();
        members.clear();
        servicePrincipals.clear();
        clusters.clear();
        resourceGroups.clear();
        Seed.users().forEach(u -> users.put(key(u.getString("id")), u));
        Seed.groups().forEach(g -> groups.put(key(g.getString("id")), g));
        Seed.members().forEach((group, ids) -> members.put(key(group), new LinkedHashSet<>(ids)));
        Seed.servicePrincipals().forEach(sp -> servicePrincipals.put(key(sp.getString("appId")), sp));
        licencePlans = Seed.licencePlans();
        putCluster(Seed.SUBSCRIPTION, Seed.RESOURCE_GROUP, "aks-demo", Seed.aksDemo());
        putCluster(Seed.SUBSCRIPTION, Seed.RESOURCE_GROUP, "aks-legacy", Seed.aksLegacy());
    }

    // ---- Conditional Access policies ----

    public synchronized List<JsonObject> policies() {
        return policies.values().stream().map(JsonObject::copy).toList();
    }

    public synchronized Optional<JsonObject> policy(String id) {
        return Optional.ofNullable(policies.get(key(id))).map(JsonObject::copy);
    }

    /** Stores the policy unless the tenant already holds {@code limit}; empty when it is full. */
    synchronized Optional<JsonObject> addPolicy(JsonObject policy, int limit) {
        if (policies.size() >= limit) {
            return Optional.empty();
        }
        policies.put(key(policy.getString("id")), policy.copy());
        return Optional.of(policy.copy());
    }

    /** Applies {@code change} atomically; it may throw to refuse the update. Empty when the policy is absent. */
    synchronized Optional<JsonObject> updatePolicy(String id, UnaryOperator<JsonObject> change) {
        JsonObject current = policies.get(key(id));
        if (current == null) {
            return Optional.empty();
        }
        JsonObject updated = change.apply(current.copy());
        policies.put(key(id), updated.copy());
        return Optional.of(updated.copy());
    }

    synchronized boolean deletePolicy(String id) {
        return policies.remove(key(id)) != null;
    }

    // ---- Directory ----

    /** By object id, or by userPrincipalName compared case-insensitively as Entra does. */
    public synchronized Optional<JsonObject> user(String idOrUpn) {
        JsonObject byId = users.get(key(idOrUpn));
        if (byId != null) {
            return Optional.of(byId.copy());
        }
        return users.values().stream()
                .filter(u -> u.getString("userPrincipalName").equalsIgnoreCase(idOrUpn))
                .findFirst().map(JsonObject::copy);
    }

    synchronized void putUser(JsonObject user) {
        users.put(key(user.getString("id")), user.copy());
    }

    synchronized boolean deleteUser(String id) {
        members.values().forEach(ids -> ids.remove(key(id)));
        return users.remove(key(id)) != null;
    }

    public synchronized Optional<JsonObject> group(String id) {
        return Optional.ofNullable(groups.get(key(id))).map(JsonObject::copy);
    }

    synchronized void putGroup(JsonObject group, List<String> memberIds) {
        groups.put(key(group.getString("id")), group.copy());
        Set<String> ids = new LinkedHashSet<>();
        memberIds.forEach(m -> ids.add(key(m)));
        members.put(key(group.getString("id")), ids);
    }

    synchronized boolean deleteGroup(String id) {
        members.remove(key(id));
        return groups.remove(key(id)) != null;
    }

    /** Direct group memberships of a user (the seed has no nested groups). */
    public synchronized Set<String> groupsOf(String userId) {
        Set<String> result = new LinkedHashSet<>();
        members.forEach((group, ids) -> {
            if (ids.contains(key(userId))) {
                result.add(groups.get(group).getString("id"));
            }
        });
        return result;
    }

    public synchronized List<String> membersOf(String groupId) {
        return List.copyOf(members.getOrDefault(key(groupId), Set.of()));
    }

    public synchronized List<JsonObject> servicePrincipals() {
        return servicePrincipals.values().stream().map(JsonObject::copy).toList();
    }

    public synchronized Optional<JsonObject> servicePrincipalByAppId(String appId) {
        return Optional.ofNullable(servicePrincipals.get(key(appId))).map(JsonObject::copy);
    }

    synchronized boolean putServicePrincipal(JsonObject servicePrincipal) {
        return servicePrincipals.put(key(servicePrincipal.getString("appId")), servicePrincipal.copy()) == null;
    }

    synchronized boolean deleteServicePrincipal(String appId) {
        return servicePrincipals.remove(key(appId)) != null;
    }

    /** Users, groups and service principals by object id, for {@code directoryObjects/getByIds}. */
    synchronized Optional<JsonObject> directoryObject(String id) {
        if (users.containsKey(key(id))) {
            return Optional.of(users.get(key(id)).copy().put("@odata.type", "#microsoft.graph.user"));
        }
        if (groups.containsKey(key(id))) {
            return Optional.of(groups.get(key(id)).copy().put("@odata.type", "#microsoft.graph.group"));
        }
        return servicePrincipals.values().stream()
                .filter(sp -> sp.getString("id").equalsIgnoreCase(id))
                .findFirst()
                .map(sp -> sp.copy().put("@odata.type", "#microsoft.graph.servicePrincipal"));
    }

    public synchronized List<String> licencePlans() {
        return licencePlans;
    }

    synchronized void setLicencePlans(List<String> plans) {
        licencePlans = List.copyOf(plans);
    }

    // ---- AKS clusters (ARM names are case-insensitive) ----

    /** Stores an ARM cluster, completing its id, name and type; true when it did not exist before. */
    synchronized boolean putCluster(String subscription, String resourceGroup, String name, JsonObject body) {
        JsonObject cluster = ArmShapes.cluster(subscription, resourceGroup, name, body);
        resourceGroups.computeIfAbsent(key(subscription), s -> new LinkedHashSet<>()).add(key(resourceGroup));
        return clusters.put(clusterKey(subscription, resourceGroup, name), cluster) == null;
    }

    synchronized boolean deleteCluster(String subscription, String resourceGroup, String name) {
        return clusters.remove(clusterKey(subscription, resourceGroup, name)) != null;
    }

    public synchronized Optional<JsonObject> cluster(String subscription, String resourceGroup, String name) {
        return Optional.ofNullable(clusters.get(clusterKey(subscription, resourceGroup, name))).map(JsonObject::copy);
    }

    synchronized List<JsonObject> clusters() {
        return clusters.values().stream().map(JsonObject::copy).toList();
    }

    synchronized boolean subscriptionExists(String subscription) {
        return resourceGroups.containsKey(key(subscription));
    }

    synchronized boolean resourceGroupExists(String subscription, String resourceGroup) {
        return resourceGroups.getOrDefault(key(subscription), Set.of()).contains(key(resourceGroup));
    }

    private static String clusterKey(String subscription, String resourceGroup, String name) {
        return key(subscription) + "/" + key(resourceGroup) + "/" + key(name);
    }

    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
