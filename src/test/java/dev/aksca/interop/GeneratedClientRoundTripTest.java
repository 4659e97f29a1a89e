package dev.aksca.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.client.ApiClient;
import dev.aksca.client.ApiException;
import dev.aksca.client.api.AccessPoliciesApi;
import dev.aksca.client.api.VerificationApi;
import dev.aksca.client.model.AccessPolicy;
import dev.aksca.client.model.ApplyRequest;
import dev.aksca.client.model.GrantControl;
import dev.aksca.client.model.GrantControls;
import dev.aksca.client.model.GrantOperator;
import dev.aksca.client.model.Outcome;
import dev.aksca.client.model.PolicyState;
import dev.aksca.client.model.Verdict;
import dev.aksca.client.model.Verification;
import dev.aksca.support.Emulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client generated from the committed openapi/openapi.yaml (openapi-generator, java/native, at build time) drives
 * the whole flow: if the document and the service drift apart, this stops compiling or fails.
 */
@QuarkusTest
class GeneratedClientRoundTripTest {

    private static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000001";
    private static final String GROUP = "rg-demo";
    private static final String CLUSTER = "aks-demo";

    @TestHTTPResource("/")
    URL service;

    private AccessPoliciesApi policies;
    private VerificationApi verification;

    @BeforeEach
    void clientWithAnAdminToken() {
        Emulator.reset();
        String token = Emulator.token("aksca-admin");
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        policies = new AccessPoliciesApi(client);
        verification = new VerificationApi(client);
    }

    @Test
    void theGeneratedClientAppliesReadsVerifiesAndDeletesBothKinds() throws ApiException {
        ApplyRequest controlPlane = new ApplyRequest().state(PolicyState.REPORT_ONLY)
                .grantControls(new GrantControls().operator(GrantOperator.AND)
                        .builtInControls(List.of(GrantControl.COMPLIANT_DEVICE)));
        AccessPolicy applied = policies.applyAccessPolicy(CLUSTER, "control-plane", GROUP, SUBSCRIPTION, controlPlane,
                false);
        AccessPolicy ssh = policies.applyAccessPolicy(CLUSTER, "node-ssh", GROUP, SUBSCRIPTION, new ApplyRequest(),
                false);

        assertEquals(Outcome.CREATED, applied.getOutcome());
        assertEquals(Outcome.CREATED, ssh.getOutcome());
        assertEquals(List.of(Emulator.AKS_ADMINS), applied.getIncludeGroups());

        AccessPolicy read = policies.getAccessPolicy(CLUSTER, "control-plane", GROUP, SUBSCRIPTION);
        assertEquals(applied.getPolicyId(), read.getPolicyId());
        assertEquals(PolicyState.REPORT_ONLY, read.getState());
        assertEquals(List.of(GrantControl.COMPLIANT_DEVICE), read.getGrantControls().getBuiltInControls());
        assertEquals(2, policies.listClusterAccessPolicies(CLUSTER, GROUP, SUBSCRIPTION).getValue().size());
        assertEquals(2, policies.listAllAccessPolicies().getValue().size());

        Verification verified = verification.verifyAccessPolicy(CLUSTER, "control-plane", GROUP, SUBSCRIPTION, "PT1H",
                null);
        assertEquals(applied.getPolicyId(), verified.getPolicyId());
        assertEquals(Verdict.NO_SIGN_INS, verified.getVerdict());
        assertNotNull(verified.getSummary());
        assertFalse(Emulator.requests("GET", "/v1.0/auditLogs/signIns").isEmpty());

        policies.deleteAccessPolicy(CLUSTER, "control-plane", GROUP, SUBSCRIPTION);
        policies.deleteAccessPolicy(CLUSTER, "node-ssh", GROUP, SUBSCRIPTION);
        assertTrue(policies.listClusterAccessPolicies(CLUSTER, GROUP, SUBSCRIPTION).getValue().isEmpty());
    }

    @Test
    void theGeneratedClientSeesProblemsAsApiExceptionsWithProblemJson() {
        ApiException missing = assertThrows(ApiException.class,
                () -> policies.getAccessPolicy(CLUSTER, "node-ssh", GROUP, SUBSCRIPTION));

        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        assertTrue(missing.getResponseBody().contains("policy-not-found"));
    }
}
