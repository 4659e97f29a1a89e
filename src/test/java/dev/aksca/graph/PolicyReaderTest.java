package dev.aksca.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microsoft.graph.models.ConditionalAccessPolicyCollectionResponse;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import dev.aksca.error.ApiProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy reader must report what the service read from the SDK's own models of the same answer. */
class PolicyReaderTest {

    private static final String NEW_MEMBERS_AND_NULLS = """
            {"@odata.nextLink":"https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies?$skiptoken=x",
             "value":[{"id":"p2","displayName":"AKS node SSH aks-demo","state":"somethingGraphAddsLater",
              "createdDateTime":"2026-11-29T10:00:00","modifiedDateTime":"2026-11-30T08:00:00.5+01:00",
              "conditions":{"clientAppTypes":["all","aNewClientApp",null],"applications":null,
                "users":{"includeGroups":null,"excludeUsers":["u1"]}},
              "grantControls":{"operator":"OR","builtInControls":["mfa","aNewControl"]}},
             {"id":"p3","conditions":null,"grantControls":null}]}
            """;

    @Test
    void aPolicyPageReadsAsTheSdksModelsReadIt() throws IOException {
        for (String json : List.of(JsonTreeParseNodeTest.POLICIES, NEW_MEMBERS_AND_NULLS)) {
            List<CaPolicy> ours = new ArrayList<>();
            String next = read(json, ours);

            ConditionalAccessPolicyCollectionResponse sdk = new JsonParseNodeFactory()
                    .getParseNode("application/json", bytes(json))
                    .getObjectValue(ConditionalAccessPolicyCollectionResponse::createFromDiscriminatorValue);
            assertEquals(sdk.getValue().stream().map(GraphPolicies::fromGraph).toList(), ours, json);
            assertEquals(sdk.getOdataNextLink(), next);
        }
    }

    @Test
    void membersTheSdkDoesNotKnowAreLeftOutAsItLeavesThemOut() throws IOException {
        List<CaPolicy> policies = new ArrayList<>();
        read(NEW_MEMBERS_AND_NULLS, policies);

        CaPolicy policy = policies.get(0);
        assertEquals(null, policy.state());
        assertEquals(List.of("all"), policy.clientAppTypes());
        assertEquals(List.of("mfa"), policy.builtInControls());
        assertEquals(List.of(), policy.includeGroups());
        assertEquals(List.of("u1"), policy.excludeUsers());
    }

    @Test
    void aPolicyWithAValueOfTheWrongTypeIsAnUpstreamProblem() {
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> read("{\"value\":[{\"conditions\":{\"users\":{\"includeGroups\":\"g1\"}}}]}", new ArrayList<>()));

        assertEquals("Microsoft Graph answered a Conditional Access policy list page the service cannot read:"
                + " includeGroups is not an array", problem.getMessage());
    }

    private static String read(String json, List<CaPolicy> into) throws IOException {
        return PolicyReader.PAGES.page(bytes(json), PolicyReader::read, into);
    }

    private static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
