package dev.aksca.policy;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Bearer-token checks and problem+json errors against the packaged application, as deployed. */
@QuarkusIntegrationTest
class AccessPolicyAuthorizationIT extends AccessPolicyAuthorizationTest {
}
