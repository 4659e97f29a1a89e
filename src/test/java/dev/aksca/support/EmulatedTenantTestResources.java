package dev.aksca.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the emulated tenant's port for every {@code @QuarkusTest} (test resources are global by default). */
@QuarkusTestResource(EmulatedTenantResource.class)
public final class EmulatedTenantTestResources {
    private EmulatedTenantTestResources() {
    }
}
