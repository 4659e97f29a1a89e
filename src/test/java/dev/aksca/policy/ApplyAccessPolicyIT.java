package dev.aksca.policy;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The apply scenarios against the packaged application (the jar in {@code verify}, the executable with
 * {@code -Dnative}): the Graph SDK, OkHttp and Jackson paths as they run outside the test class loader.
 */
@QuarkusIntegrationTest
class ApplyAccessPolicyIT extends ApplyAccessPolicyTest {
}
