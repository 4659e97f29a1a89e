package dev.aksca.graph;

import com.microsoft.graph.directoryobjects.getbyids.GetByIdsPostRequestBody;
import com.microsoft.graph.directoryobjects.getbyids.GetByIdsPostResponse;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.ServicePlanInfo;
import com.microsoft.graph.models.ServicePrincipal;
import com.microsoft.graph.models.ServicePrincipalCollectionResponse;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.SubscribedSkuCollectionResponse;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Directory reads: subscribed SKUs, service principals by appId, objects by id. */
final class GraphDirectory {

    static final int MAX_IDS = 1000;
    // Graph takes at most 15 values in one in (...) of a directory $filter.
    static final int MAX_IN_VALUES = 15;
    private static final String TYPE_PREFIX = "#microsoft.graph.";
    private static final String[] SERVICE_PRINCIPAL_SELECT = {"id", "appId", "displayName", "accountEnabled"};

    private GraphDirectory() {
    }

    static List<LicenceSku> subscribedSkus(GraphServiceClient client) {
        List<LicenceSku> skus = new ArrayList<>();
        SubscribedSkuCollectionResponse page = client.subscribedSkus().get();
        while (page != null) {
            if (page.getValue() != null) {
                page.getValue().forEach(sku -> skus.add(sku(sku)));
            }
            String next = page.getOdataNextLink();
            page = next == null ? null : client.subscribedSkus().withUrl(next).get();
        }
        return skus;
    }

    private static LicenceSku sku(SubscribedSku sku) {
        List<LicenceSku.Plan> plans = new ArrayList<>();
        if (sku.getServicePlans() != null) {
            for (ServicePlanInfo plan : sku.getServicePlans()) {
                plans.add(new LicenceSku.Plan(plan.getServicePlanId() == null ? null : plan.getServicePlanId().toString(),
                        plan.getServicePlanName(), plan.getProvisioningStatus()));
            }
        }
        return new LicenceSku(sku.getSkuPartNumber(), sku.getCapabilityStatus(), List.copyOf(plans));
    }

    // A $filter on the collection answers an empty list for an unknown app, where the alternate key
    // servicePrincipals(appId='...') answers 404, which could not be told apart from a wrong endpoint; and one
    // appId in (...) filter looks several apps up in one round trip.
    static Map<String, ServicePrincipalInfo> servicePrincipalsByAppIds(GraphServiceClient client, List<String> appIds) {
        Map<String, ServicePrincipalInfo> found = new HashMap<>();
        for (int from = 0; from < appIds.size(); from += MAX_IN_VALUES) {
            String url = new ODataQuery(client.getRequestAdapter(), "/servicePrincipals")
                    .option("filter", "appId in (" + appIds.subList(from, Math.min(appIds.size(), from + MAX_IN_VALUES))
                            .stream().map(ODataLiterals::quote).collect(Collectors.joining(",")) + ")")
                    .option("select", SERVICE_PRINCIPAL_SELECT)
                    .url();
            ServicePrincipalCollectionResponse page = client.servicePrincipals().withUrl(url).get();
            if (page != null && page.getValue() != null) {
                page.getValue().stream().filter(sp -> sp.getAppId() != null)
                        .forEach(sp -> found.put(sp.getAppId().toLowerCase(Locale.ROOT), servicePrincipal(sp)));
            }
        }
        return found;
    }

    private static ServicePrincipalInfo servicePrincipal(ServicePrincipal sp) {
        return new ServicePrincipalInfo(sp.getId(), sp.getAppId(), sp.getDisplayName(),
                !Boolean.FALSE.equals(sp.getAccountEnabled()));
    }

    static List<DirectoryObjectInfo> byIds(GraphServiceClient client, List<String> ids, List<String> types) {
        List<DirectoryObjectInfo> found = new ArrayList<>();
        // Graph takes at most 1000 ids per call.
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            GetByIdsPostRequestBody body = new GetByIdsPostRequestBody();
            body.setIds(new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + MAX_IDS))));
            body.setTypes(new ArrayList<>(types));
            GetByIdsPostResponse response = client.directoryObjects().getByIds().post(body);
            if (response != null && response.getValue() != null) {
                response.getValue().forEach(object -> found.add(info(object)));
            }
        }
        return found;
    }

    private static DirectoryObjectInfo info(DirectoryObject object) {
        String odataType = object.getOdataType() == null ? "" : object.getOdataType();
        String type = odataType.startsWith(TYPE_PREFIX) ? odataType.substring(TYPE_PREFIX.length()) : odataType;
        return new DirectoryObjectInfo(object.getId(), type, displayName(object));
    }

    private static String displayName(DirectoryObject object) {
        if (object instanceof Group group) {
            return group.getDisplayName();
        }
        if (object instanceof User user) {
            return user.getDisplayName();
        }
        return object instanceof ServicePrincipal sp ? sp.getDisplayName() : null;
    }
}
