package dev.aksca.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.graph.core.requests.BaseGraphRequestAdapter;
import com.microsoft.graph.core.requests.options.GraphClientOption;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.authentication.AnonymousAuthenticationProvider;
import java.net.URISyntaxException;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The service writes its Graph read URLs itself; Graph must receive the very bytes the SDK's templates produce. */
class ODataQueryTest {

    private static final List<String> AWKWARD = List.of("AKS control-plane /subscriptions/x/resourceGroups/rg-o'neil",
            "Zoë 東京 & co #1 + 50% = ?/,;:@!*()[]$", "a~b-c.d_e", "2026-11-29T10:15:30Z", "");

    private final GraphServiceClient client = client();

    @Test
    void aSignInReadWithAnyFilterIsTheUrlTheSdkBuilds() throws URISyntaxException {
        for (String value : AWKWARD) {
            String filter = "appId eq " + ODataLiterals.quote(value);
            RequestInformation sdk = client.auditLogs().signIns().toGetRequestInformation(request -> {
                request.queryParameters.filter = filter;
                request.queryParameters.top = GraphSignIns.PAGE_SIZE;
                request.queryParameters.select = new String[] {"id", value, "status"};
            });

            String ours = new ODataQuery(client.getRequestAdapter(), "/auditLogs/signIns")
                    .option("filter", filter)
                    .option("select", "id", value, "status")
                    .option("top", String.valueOf(GraphSignIns.PAGE_SIZE))
                    .url();

            assertEquals(GraphClients.decodedParameterNames(sdk.getUri().toString()), ours, value);
        }
    }

    @Test
    void aPolicyLookupByDisplayNameIsTheUrlTheSdkBuilds() throws URISyntaxException {
        String filter = "displayName eq " + ODataLiterals.quote(AWKWARD.get(0));
        RequestInformation sdk = client.identity().conditionalAccess().policies().toGetRequestInformation(request -> {
            request.queryParameters.filter = filter;
            request.queryParameters.select = GraphPolicies.SELECT;
        });

        String ours = new ODataQuery(client.getRequestAdapter(), "/identity/conditionalAccess/policies")
                .option("filter", filter)
                .option("select", GraphPolicies.SELECT)
                .url();

        assertEquals(GraphClients.decodedParameterNames(sdk.getUri().toString()), ours);
        assertEquals("https://graph.example/v1.0/identity/conditionalAccess/policies?$filter=displayName%20eq%20"
                + "%27AKS%20control-plane%20%2Fsubscriptions%2Fx%2FresourceGroups%2Frg-o%27%27neil%27"
                + "&$select=id,displayName,state,conditions,grantControls,createdDateTime,modifiedDateTime", ours);
    }

    private static GraphServiceClient client() {
        return new GraphServiceClient(new BaseGraphRequestAdapter(new AnonymousAuthenticationProvider(), null, null,
                new OkHttpClient(), new GraphClientOption(), "https://graph.example/v1.0"));
    }
}
