package dev.aksca.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.graph.models.ConditionalAccessPolicy;
import com.microsoft.graph.models.ConditionalAccessPolicyCollectionResponse;
import com.microsoft.graph.models.ConditionalAccessStatus;
import com.microsoft.graph.models.SignIn;
import com.microsoft.graph.models.SignInCollectionResponse;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import com.microsoft.kiota.serialization.JsonSerializationWriter;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.microsoft.kiota.serialization.ParseNodeFactory;
import com.microsoft.kiota.store.BackingStore;
import com.microsoft.kiota.store.BackingStoreParseNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's JSON parse node must read every Graph answer exactly as Kiota's own does. */
class JsonTreeParseNodeTest {

    static final String SIGN_INS = """
            {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns",
             "@odata.nextLink":"https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=abc",
             "value":[
              {"id":"66ea54eb-6301-4ee5-be62-ff5a759b0100","createdDateTime":"2026-11-29T10:15:30.123Z",
               "userPrincipalName":"alice@contoso.com","userId":"b0000000-0000-0000-0000-000000000001",
               "appId":"ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0","conditionalAccessStatus":"failure",
               "appliedConditionalAccessPolicies":[
                 {"id":"p1","displayName":"AKS node SSH","result":"reportOnlyFailure",
                  "enforcedGrantControls":["compliantDevice","mfa"],"enforcedSessionControls":[]},
                 {"id":"p2","result":"somethingGraphAddsLater"}],
               "deviceDetail":{"deviceId":"","isCompliant":false,"isManaged":true,"trustType":null},
               "status":{"errorCode":53000,"failureReason":"Device is not in required device state: compliant.",
                         "additionalDetails":null},
               "riskEventTypes_v2":["unfamiliarFeatures"],"isInteractive":true,
               "unknownObject":{"nested":[1,"two",true,null,{"deep":2.5}]},"unknownNumber":42,
               "unknownText":"kept","unknownFlag":false},
              {"id":"second","createdDateTime":"2026-11-29T10:15:31","conditionalAccessStatus":"success",
               "status":{"errorCode":0},"appliedConditionalAccessPolicies":null}]}
            """;

    static final String POLICIES = """
            {"value":[{"id":"7b0e8c1e-0000-4000-8000-000000000001","displayName":"AKS control-plane aks-demo",
              "state":"enabledForReportingButNotEnforced","createdDateTime":"2026-11-29T10:00:00Z",
              "modifiedDateTime":null,"templateId":null,
              "conditions":{"clientAppTypes":["all"],"userRiskLevels":[],"signInRiskLevels":[],
                "applications":{"includeApplications":["6dae42f8-4368-4678-94ff-3960e28e3630"],
                  "excludeApplications":[],"includeUserActions":[]},
                "users":{"includeUsers":[],"excludeUsers":["b0000000-0000-0000-0000-000000000003"],
                  "includeGroups":["a0000000-0000-0000-0000-000000000001"],"excludeGroups":[],"includeRoles":[]},
                "platforms":null,"locations":null},
              "grantControls":{"operator":"AND","builtInControls":["compliantDevice","mfa"],
                "customAuthenticationFactors":[],"termsOfUse":[]},
              "sessionControls":null}]}
            """;

    @Test
    void aSignInPageWithUnknownFieldsNullsAndNewEnumMembersReadsAsKiotaReadsIt() {
        SignInCollectionResponse page =
                readAsKiotaReadsIt(SIGN_INS, SignInCollectionResponse::createFromDiscriminatorValue);

        SignIn first = page.getValue().get(0);
        assertEquals(OffsetDateTime.of(2026, 11, 29, 10, 15, 30, 123_000_000, ZoneOffset.UTC),
                first.getCreatedDateTime());
        assertEquals(ConditionalAccessStatus.Failure, first.getConditionalAccessStatus());
        assertEquals(53000, first.getStatus().getErrorCode());
        assertEquals(false, first.getDeviceDetail().getIsCompliant());
        assertEquals(42.0, first.getAdditionalData().get("unknownNumber"));
        assertEquals(OffsetDateTime.of(2026, 11, 29, 10, 15, 31, 0, ZoneOffset.UTC),
                page.getValue().get(1).getCreatedDateTime());
    }

    @Test
    void aPolicyListWithEnumAndStringCollectionsReadsAsKiotaReadsIt() {
        ConditionalAccessPolicyCollectionResponse list =
                readAsKiotaReadsIt(POLICIES, ConditionalAccessPolicyCollectionResponse::createFromDiscriminatorValue);

        ConditionalAccessPolicy policy = list.getValue().get(0);
        assertEquals(List.of("a0000000-0000-0000-0000-000000000001"),
                policy.getConditions().getUsers().getIncludeGroups());
        assertEquals(2, policy.getGrantControls().getBuiltInControls().size());
    }

    @Test
    void aParsedPolicyAndItsNestedObjectsHoldNoPendingChanges() {
        ConditionalAccessPolicy policy = parse(new BackingStoreParseNodeFactory(new JsonTreeParseNodeFactory()),
                POLICIES, ConditionalAccessPolicyCollectionResponse::createFromDiscriminatorValue).getValue().get(0);

        BackingStore store = policy.getBackingStore();
        BackingStore users = policy.getConditions().getUsers().getBackingStore();
        store.setReturnOnlyChangedValues(true);
        users.setReturnOnlyChangedValues(true);

        assertTrue(store.getIsInitializationCompleted());
        assertEquals(Map.of(), store.enumerate());
        assertEquals(Map.of(), users.enumerate());
    }

    @Test
    void malformedValuesFailWithKiotasOwnErrors() {
        for (String json : List.of("{\"value\":[{\"createdDateTime\":\"yesterday\"}]}",
                "{\"value\":[{\"status\":{\"errorCode\":\"many\"}}]}",
                "{\"value\":[{\"appliedConditionalAccessPolicies\":[{\"enforcedGrantControls\":\"mfa\"}]}]}")) {
            RuntimeException kiota = assertThrows(RuntimeException.class, () -> parse(new JsonParseNodeFactory(),
                    json, SignInCollectionResponse::createFromDiscriminatorValue));
            RuntimeException ours = assertThrows(RuntimeException.class, () -> parse(new JsonTreeParseNodeFactory(),
                    json, SignInCollectionResponse::createFromDiscriminatorValue));
            assertEquals(kiota.getMessage(), ours.getMessage(), json);
        }
    }

    /** Parses with the service's node, and asserts that it holds what Kiota's own node reads from the same JSON. */
    private static <T extends Parsable> T readAsKiotaReadsIt(String json, ParsableFactory<T> type) {
        T ours = parse(new JsonTreeParseNodeFactory(), json, type);
        assertEquals(serialized(parse(new JsonParseNodeFactory(), json, type)), serialized(ours));
        return ours;
    }

    private static <T extends Parsable> T parse(ParseNodeFactory factory, String json, ParsableFactory<T> type) {
        InputStream body = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return factory.getParseNode("application/json", body).getObjectValue(type);
    }

    private static String serialized(Parsable value) {
        try (JsonSerializationWriter writer = new JsonSerializationWriter()) {
            writer.writeObjectValue(null, value);
            return new String(writer.getSerializedContent().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
