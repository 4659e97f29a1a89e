package dev.aksca.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theCommittedDocumentEqualsTheGeneratedOne() throws IOException {
        Path generated = Path.of("target/openapi-test/openapi.yaml");
        Path committed = Path.of("openapi/openapi.yaml");
        assertTrue(Files.exists(generated), "the build generates " + generated);
        assertEquals(Files.readString(generated), Files.readString(committed),
                "openapi/openapi.yaml is stale: run ./mvnw package -DskipTests and commit openapi/");
    }

    @Test
    void theDocumentNeverShowsTheEmulatedTenant() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths", not(hasKey("/emulator/reset")))
                .body("paths", hasKey("/api/v1/accessPolicies"));
    }
}
