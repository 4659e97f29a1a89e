package dev.aksca.ops;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UpstreamMetricsTest {

    private String admin;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
    }

    @Test
    void theMainFlowCountsEveryGraphAndArmOperationByOutcome() {
        double creates = count("graph", "createPolicy", "success");
        double deletes = count("graph", "deletePolicy", "success");
        double clusters = count("arm", "getCluster", "success");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(201);
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(200);
        given().auth().oauth2(admin).delete(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(204);

        assertTrue(count("graph", "createPolicy", "success") == creates + 1, "one create counted");
        assertTrue(count("graph", "deletePolicy", "success") == deletes + 1, "one delete counted");
        assertTrue(count("arm", "getCluster", "success") > clusters, "the cluster read counted");
        assertTrue(count("graph", "findPoliciesByDisplayName", "success") > 0, "policy look-ups counted");
    }

    @Test
    void aThrottledGraphWriteIsCountedAsThrottledBeforeItsRetrySucceeds() {
        double throttled = count("graph", "createPolicy", "throttled");
        given().contentType(ContentType.JSON)
                .body(Map.of("pathRegex", Emulator.POLICIES_PATH, "method", "POST", "status", 429, "count", 1))
                .post(Emulator.baseUrl() + "/emulator/faults").then().statusCode(201);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(201);

        assertTrue(count("graph", "createPolicy", "throttled") == throttled + 1, "the throttled attempt counted");
    }

    @Test
    void anUnknownClusterIsCountedAsNotFoundAtArm() {
        double notFound = count("arm", "getCluster", "notFound");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(AKS_DEMO.replace("aks-demo", "aks-nowhere") + "/accessPolicies/control-plane")
                .then().statusCode(404);

        assertTrue(count("arm", "getCluster", "notFound") == notFound + 1, "the 404 counted");
    }

    /** The timer's count in the Prometheus text; 0 before its first request. */
    private static double count(String upstream, String operation, String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Pattern line = Pattern.compile("^aksca_upstream_calls_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(metrics);
        while (matcher.find()) {
            String tags = matcher.group(1);
            if (tags.contains("upstream=\"" + upstream + "\"") && tags.contains("operation=\"" + operation + "\"")
                    && tags.contains("outcome=\"" + outcome + "\"")) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }
}
