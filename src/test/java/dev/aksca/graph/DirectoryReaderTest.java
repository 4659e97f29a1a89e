package dev.aksca.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.microsoft.graph.directoryobjects.getbyids.GetByIdsPostResponse;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.ServicePrincipal;
import com.microsoft.graph.models.ServicePrincipalCollectionResponse;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.SubscribedSkuCollectionResponse;
import com.microsoft.graph.models.User;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import dev.aksca.error.ApiProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The directory readers must report what the SDK's own models read from the same answers. */
class DirectoryReaderTest {

    private static final String SERVICE_PRINCIPALS = """
            {"@odata.context":"x","value":[
             {"id":"sp-1","appId":"6DAE42F8-4368-4678-94FF-3960E28E3630","displayName":"Azure Kubernetes Service AAD Server",
              "accountEnabled":false,"tags":["a"],"info":{"logoUrl":null}},
             {"id":"sp-2","appId":"ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0","displayName":"Azure Linux VM Sign-In"},
             {"id":"sp-3","accountEnabled":true}]}""";
    private static final String SKUS = """
            {"value":[
             {"id":"s1","skuPartNumber":"AAD_PREMIUM_P2","capabilityStatus":"Enabled","prepaidUnits":{"enabled":5},
              "servicePlans":[{"servicePlanId":"EEC0EB4F-6444-4F95-ABA0-50C24D67F998","servicePlanName":"AAD_PREMIUM_P2",
                               "provisioningStatus":"Success","appliesTo":"User"},
                              {"servicePlanName":"EXCHANGE_S_FOUNDATION"}]},
             {"skuPartNumber":"FLOW_FREE","capabilityStatus":"Warning","servicePlans":null}]}""";
    private static final String OBJECTS = """
            {"value":[
             {"@odata.type":"#microsoft.graph.user","id":"u1","displayName":"Break Glass","userPrincipalName":"bg@x"},
             {"@odata.type":"#microsoft.graph.group","id":"g1","displayName":"AKS admins","securityEnabled":true},
             {"@odata.type":"#microsoft.graph.servicePrincipal","id":"sp1","displayName":"pipeline"}]}""";

    @Test
    void servicePrincipalsReadAsTheSdksModelsReadThem() throws IOException {
        List<ServicePrincipalInfo> ours = read(DirectoryReader.SERVICE_PRINCIPALS, SERVICE_PRINCIPALS,
                DirectoryReader::servicePrincipal);

        ServicePrincipalCollectionResponse sdk = sdk(SERVICE_PRINCIPALS,
                ServicePrincipalCollectionResponse::createFromDiscriminatorValue);
        assertEquals(sdk.getValue().stream().map(DirectoryReaderTest::asTheModelsSayIt).toList(), ours);
        assertEquals(List.of(false, true, true), ours.stream().map(ServicePrincipalInfo::accountEnabled).toList());
    }

    @Test
    void subscribedSkusReadAsTheSdksModelsReadThem() throws IOException {
        List<LicenceSku> ours = read(DirectoryReader.SKUS, SKUS, DirectoryReader::sku);

        SubscribedSkuCollectionResponse sdk = sdk(SKUS, SubscribedSkuCollectionResponse::createFromDiscriminatorValue);
        assertEquals(sdk.getValue().stream().map(DirectoryReaderTest::asTheModelsSayIt).toList(), ours);
        assertEquals("eec0eb4f-6444-4f95-aba0-50c24d67f998", ours.get(0).servicePlans().get(0).servicePlanId());
    }

    @Test
    void directoryObjectsReadAsTheSdksModelsReadThem() throws IOException {
        List<DirectoryObjectInfo> ours = read(DirectoryReader.OBJECTS, OBJECTS, DirectoryReader::directoryObject);

        GetByIdsPostResponse sdk = sdk(OBJECTS, GetByIdsPostResponse::createFromDiscriminatorValue);
        assertEquals(sdk.getValue().stream().map(DirectoryReaderTest::asTheModelsSayIt).toList(), ours);
        assertEquals(List.of("user", "group", "servicePrincipal"), ours.stream().map(DirectoryObjectInfo::type).toList());
    }

    @Test
    void aUserReadsItsIdAndNameAndNullReadsAsNoUser() throws IOException {
        assertEquals(new DirectoryUser("u1", "alice@contoso.com"),
                one("{\"id\":\"u1\",\"userPrincipalName\":\"alice@contoso.com\",\"displayName\":\"Alice\"}"));
        assertNull(one("null"));
    }

    @Test
    void aMalformedAnswerIsAnUpstreamProblemThatNamesWhatIsWrong() {
        ApiProblem plan = assertThrows(ApiProblem.class, () -> read(DirectoryReader.SKUS,
                "{\"value\":[{\"servicePlans\":[{\"servicePlanId\":\"P2\"}]}]}", DirectoryReader::sku));
        assertEquals("Microsoft Graph answered a subscribed SKU list page the service cannot read: "
                + "servicePlanId is not a GUID", plan.getMessage());
        ApiProblem enabled = assertThrows(ApiProblem.class, () -> read(DirectoryReader.SERVICE_PRINCIPALS,
                "{\"value\":[{\"accountEnabled\":\"yes\"}]}", DirectoryReader::servicePrincipal));
        assertEquals("Microsoft Graph answered a service principal list page the service cannot read: "
                + "accountEnabled is not a boolean", enabled.getMessage());
        ApiProblem user = assertThrows(ApiProblem.class, () -> one("[\"u1\"]"));
        assertEquals("Microsoft Graph answered a user lookup the service cannot read: the user is not a JSON object",
                user.getMessage());
    }

    /** What the service reported from the SDK's models before it read the answers itself. */
    private static ServicePrincipalInfo asTheModelsSayIt(ServicePrincipal sp) {
        return new ServicePrincipalInfo(sp.getId(), sp.getAppId(), sp.getDisplayName(),
                !Boolean.FALSE.equals(sp.getAccountEnabled()));
    }

    private static LicenceSku asTheModelsSayIt(SubscribedSku sku) {
        List<LicenceSku.Plan> plans = sku.getServicePlans() == null ? List.of() : sku.getServicePlans().stream()
                .map(plan -> new LicenceSku.Plan(plan.getServicePlanId() == null ? null
                        : plan.getServicePlanId().toString(), plan.getServicePlanName(), plan.getProvisioningStatus()))
                .toList();
        return new LicenceSku(sku.getSkuPartNumber(), sku.getCapabilityStatus(), plans);
    }

    private static DirectoryObjectInfo asTheModelsSayIt(DirectoryObject object) {
        String type = object.getOdataType().substring("#microsoft.graph.".length());
        String name = object instanceof Group group ? group.getDisplayName()
                : object instanceof User user ? user.getDisplayName()
                : object instanceof ServicePrincipal sp ? sp.getDisplayName() : null;
        return new DirectoryObjectInfo(object.getId(), type, name);
    }

    private static <T extends Parsable> T sdk(String json, ParsableFactory<T> factory) {
        return new JsonParseNodeFactory().getParseNode("application/json", bytes(json)).getObjectValue(factory);
    }

    private static <T> List<T> read(GraphPages pages, String json, GraphPages.Item<T> item) throws IOException {
        List<T> into = new ArrayList<>();
        assertNull(pages.page(bytes(json), item, into));
        return into;
    }

    private static DirectoryUser one(String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            return DirectoryReader.user(parser);
        }
    }

    private static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
