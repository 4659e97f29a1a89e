package dev.aksca.graph;

import com.microsoft.graph.directoryobjects.getbyids.GetByIdsPostRequestBody;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestAdapter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Directory reads: subscribed SKUs, service principals by appId, objects by id (see {@link DirectoryReader}). */
final class GraphDirectory {

    static final int MAX_IDS = 1000;
    // Graph takes at most 15 values in one in (...) of a directory $filter.
    static final int MAX_IN_VALUES = 15;
    private static final String[] SERVICE_PRINCIPAL_SELECT = {"id", "appId", "displayName", "accountEnabled"};

    private GraphDirectory() {
    }

    static List<LicenceSku> subscribedSkus(GraphServiceClient client) {
        RequestAdapter adapter = client.getRequestAdapter();
        return DirectoryReader.SKUS.readAll(adapter, client.subscribedSkus().toGetRequestInformation(),
                next -> client.subscribedSkus().withUrl(next).toGetRequestInformation(), DirectoryReader::sku);
    }

    // A $filter on the collection answers an empty list for an unknown app, where the alternate key
    // servicePrincipals(appId='...') answers 404, which could not be told apart from a wrong endpoint; and one
    // appId in (...) filter looks several apps up in one round trip.
    static Map<String, ServicePrincipalInfo> servicePrincipalsByAppIds(GraphServiceClient client, List<String> appIds) {
        RequestAdapter adapter = client.getRequestAdapter();
        Map<String, ServicePrincipalInfo> found = new HashMap<>();
        for (int from = 0; from < appIds.size(); from += MAX_IN_VALUES) {
            String url = new ODataQuery(adapter, "/servicePrincipals")
                    .option("filter", "appId in (" + appIds.subList(from, Math.min(appIds.size(), from + MAX_IN_VALUES))
                            .stream().map(ODataLiterals::quote).collect(Collectors.joining(",")) + ")")
                    .option("select", SERVICE_PRINCIPAL_SELECT)
                    .url();
            DirectoryReader.SERVICE_PRINCIPALS.readAll(adapter, url,
                    next -> client.servicePrincipals().withUrl(next).toGetRequestInformation(),
                    DirectoryReader::servicePrincipal).stream()
                    .filter(sp -> sp.appId() != null)
                    .forEach(sp -> found.put(sp.appId().toLowerCase(Locale.ROOT), sp));
        }
        return found;
    }

    static List<DirectoryObjectInfo> byIds(GraphServiceClient client, List<String> ids, List<String> types) {
        RequestAdapter adapter = client.getRequestAdapter();
        List<DirectoryObjectInfo> found = new ArrayList<>();
        // Graph takes at most 1000 ids per call.
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            GetByIdsPostRequestBody body = new GetByIdsPostRequestBody();
            body.setIds(new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + MAX_IDS))));
            body.setTypes(new ArrayList<>(types));
            found.addAll(DirectoryReader.OBJECTS.readAll(adapter,
                    client.directoryObjects().getByIds().toPostRequestInformation(body),
                    next -> client.directoryObjects().withUrl(next).toGetRequestInformation(),
                    DirectoryReader::directoryObject));
        }
        return found;
    }
}
