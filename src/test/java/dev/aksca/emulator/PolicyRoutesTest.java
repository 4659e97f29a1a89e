package dev.aksca.emulator;

import static dev.aksca.support.Emulator.POLICIES_PATH;
import static dev.aksca.support.Emulator.createPolicy;
import static dev.aksca.support.Emulator.graph;
import static dev.aksca.support.Emulator.policy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyRoutesTest {

    @Inject
    TenantState state;

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    @Test
    void createAnswers201WithTheStoredPolicyInGraphsShape() {
        graph().body(policy("AKS control-plane /subscriptions/x").encode()).post(POLICIES_PATH).then()
                .statusCode(201)
                .header("location", matchesPattern(".*/v1\\.0/identity/conditionalAccess/policies/[0-9a-f-]{36}"))
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("displayName", equalTo("AKS control-plane /subscriptions/x"))
                .body("state", equalTo("enabledForReportingButNotEnforced"))
                .body("createdDateTime", notNullValue())
                .body("modifiedDateTime", nullValue())
                .body("templateId", nullValue())
                .body("conditions.applications.includeApplications", contains("6dae42f8-4368-4678-94ff-3960e28e3630"))
                .body("conditions.applications.excludeApplications", empty())
                .body("conditions.users.includeGroups", contains("a0000000-0000-0000-0000-000000000001"))
                .body("conditions.users.includeUsers", empty())
                .body("conditions.clientAppTypes", contains("all"))
                .body("grantControls.operator", equalTo("AND"))
                .body("grantControls.builtInControls", contains("compliantDevice"));
    }

    @Test
    void getReturnsWhatWasCreatedAndUnknownIdIs404() {
        String id = createPolicy("p1");
        graph().get(POLICIES_PATH + "/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("displayName", equalTo("p1"))
                .body("'@odata.context'", endsWith("$metadata#identity/conditionalAccess/policies/$entity"));
        graph().get(POLICIES_PATH + "/00000000-0000-0000-0000-0000000000ff").then()
                .statusCode(404)
                .body("error.code", equalTo("ResourceNotFound"))
                .body("error.innerError.request-id", notNullValue());
    }

    @Test
    void listFiltersByDisplayNameWithDoubledQuotes() {
        createPolicy("AKS control-plane rg-o'neil");
        createPolicy("AKS control-plane rg-oneil");
        createPolicy("other");
        graph().queryParam("$filter", "displayName eq 'AKS control-plane rg-o''neil'").get(POLICIES_PATH).then()
                .statusCode(200)
                .body("'@odata.context'", endsWith("$metadata#identity/conditionalAccess/policies"))
                .body("value", hasSize(1))
                .body("value[0].displayName", equalTo("AKS control-plane rg-o'neil"));
        graph().queryParam("$filter", "displayName eq 'absent'").get(POLICIES_PATH).then()
                .statusCode(200).body("value", empty());
        graph().get(POLICIES_PATH).then().statusCode(200).body("value", hasSize(3))
                .body("'@odata.nextLink'", nullValue());
    }

    @Test
    void unsupportedOrMalformedFiltersAre400() {
        graph().queryParam("$filter", "state eq 'enabled'").get(POLICIES_PATH).then()
                .statusCode(400).body("error.code", equalTo("BadRequest"));
        graph().queryParam("$filter", "displayName eq 'rg-o'neil'").get(POLICIES_PATH).then()
                .statusCode(400).body("error.code", equalTo("BadRequest"));
        graph().queryParam("$top", "0").get(POLICIES_PATH).then().statusCode(400);
        graph().queryParam("$skiptoken", "garbage!").get(POLICIES_PATH).then().statusCode(400);
    }

    @Test
    void pagingFollowsAbsoluteNextLinksUntilTheEnd() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createPolicy("page " + i));
        }
        createPolicy("not matching");
        List<String> seen = new ArrayList<>();
        JsonPath page = graph().queryParam("$top", 2).queryParam("$filter", "displayName eq 'page 0'")
                .get(POLICIES_PATH).then().statusCode(200).extract().jsonPath();
        assertEquals(1, page.getList("value").size());
        assertNull(page.get("'@odata.nextLink'"));

        String url = Emulator.baseUrl() + POLICIES_PATH + "?$top=2";
        int pages = 0;
        while (url != null) {
            assertTrue(url.startsWith(Emulator.baseUrl() + POLICIES_PATH), url);
            page = graph().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("value.id"));
            url = page.get("'@odata.nextLink'");
            if (url != null) {
                assertTrue(url.contains("$skiptoken="), url);
                assertTrue(url.contains("$top=2"), url);
            }
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(6, seen.size());
        assertTrue(seen.containsAll(created));
    }

    @Test
    void nextLinkKeepsTheFilter() {
        for (int i = 0; i < 3; i++) {
            createPolicy("same name");
        }
        createPolicy("other");
        String next = graph().queryParam("$top", 2).queryParam("$filter", "displayName eq 'same name'")
                .get(POLICIES_PATH).then().statusCode(200).body("value", hasSize(2))
                .extract().path("'@odata.nextLink'");
        graph().urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("value", hasSize(1))
                .body("value[0].displayName", equalTo("same name"))
                .body("'@odata.nextLink'", nullValue());
    }

    @Test
    void patchMergesTopLevelReplacesNestedAndAnswers204() {
        String id = createPolicy("to patch");
        JsonObject patch = new JsonObject().put("state", "enabled").put("grantControls",
                new JsonObject().put("operator", "OR").put("builtInControls",
                        new JsonArray().add("mfa").add("compliantDevice")));
        graph().body(patch.encode()).patch(POLICIES_PATH + "/" + id).then().statusCode(204);
        graph().get(POLICIES_PATH + "/" + id).then().statusCode(200)
                .body("displayName", equalTo("to patch"))
                .body("state", equalTo("enabled"))
                .body("grantControls.operator", equalTo("OR"))
                .body("grantControls.builtInControls", contains("mfa", "compliantDevice"))
                .body("conditions.users.includeGroups", contains("a0000000-0000-0000-0000-000000000001"))
                .body("modifiedDateTime", notNullValue());

        JsonObject conditions = policy("x").getJsonObject("conditions");
        conditions.getJsonObject("users").put("excludeUsers", new JsonArray());
        graph().body(new JsonObject().put("conditions", conditions).encode()).patch(POLICIES_PATH + "/" + id)
                .then().statusCode(204);
        graph().get(POLICIES_PATH + "/" + id).then().body("conditions.users.excludeUsers", empty());
    }

    @Test
    void invalidPatchIsRefusedAndLeavesThePolicyUnchanged() {
        String id = createPolicy("stable");
        graph().body("{\"state\":\"on\"}").patch(POLICIES_PATH + "/" + id).then()
                .statusCode(400).body("error.message", startsWith("Invalid value 'on' for property 'state'"));
        graph().get(POLICIES_PATH + "/" + id).then().body("state", equalTo("enabledForReportingButNotEnforced"))
                .body("modifiedDateTime", nullValue());
        graph().body("{\"state\":\"enabled\"}").patch(POLICIES_PATH + "/00000000-0000-0000-0000-0000000000ff")
                .then().statusCode(404).body("error.code", equalTo("ResourceNotFound"));
    }

    @Test
    void deleteAnswers204ThenTheIdIsGone() {
        String id = createPolicy("to delete");
        graph().delete(POLICIES_PATH + "/" + id).then().statusCode(204);
        graph().get(POLICIES_PATH + "/" + id).then().statusCode(404);
        graph().delete(POLICIES_PATH + "/" + id).then().statusCode(404).body("error.code", equalTo("ResourceNotFound"));
    }

    @Test
    void selectTrimsFieldsButKeepsId() {
        String id = createPolicy("selected");
        JsonPath single = graph().queryParam("$select", "displayName,state").get(POLICIES_PATH + "/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(id, single.get("id"));
        assertEquals("selected", single.get("displayName"));
        assertFalse(single.getMap("$").containsKey("conditions"));
    }

    @Test
    void tenantHoldsAtMost195Policies() {
        // The first 194 go straight into the state to keep the test fast; the 195th and 196th go through Graph.
        for (int i = 0; i < 194; i++) {
            JsonObject stored = policy("limit " + i).put("id", UUID.randomUUID().toString())
                    .put("createdDateTime", Instant.now().toString());
            state.addPolicy(PolicyValidator.normalize(stored), Integer.MAX_VALUE);
        }
        createPolicy("the 195th");
        graph().body(policy("the 196th").encode()).post(POLICIES_PATH).then()
                .statusCode(400)
                .body("error.code", equalTo("BadRequest"))
                .body("error.message", containsString("195"));
        graph().queryParam("$top", 999).get(POLICIES_PATH).then().body("value", hasSize(195));
    }
}
