package dev.aksca.security;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static dev.aksca.support.Emulator.mintToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 8: which tokens get in, and with which roles, endpoint by endpoint. */
@QuarkusTest
class AuthenticationMatrixTest {

    private static final String POLICY = AKS_DEMO + "/accessPolicies/control-plane";
    private static final long NOW = System.currentTimeMillis() / 1000;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    @Test
    void everyDefectiveTokenIsRejectedWith401Problem() throws Exception {
        String issuer = Emulator.baseUrl() + "/" + Emulator.TENANT + "/v2.0";
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", mintToken(Map.of("exp", NOW - 3600, "iat", NOW - 7200, "nbf", NOW - 7200)));
        tokens.put("not yet valid", mintToken(Map.of("nbf", NOW + 3600, "iat", NOW + 3600, "exp", NOW + 7200)));
        tokens.put("wrong audience", mintToken(Map.of("aud", "33333333-3333-3333-3333-333333333333")));
        tokens.put("wrong issuer",
                mintToken(Map.of("iss", "https://login.microsoftonline.com/" + Emulator.TENANT + "/v2.0")));
        tokens.put("wrong tenant", mintToken(Map.of("tid", "99999999-9999-9999-9999-999999999999")));
        tokens.put("Graph audience", Emulator.graphToken());
        tokens.put("signed by another key", signedByAnotherKey(issuer));
        tokens.put("alg none", unsigned(issuer));
        tokens.put("not a JWT", "not-a-jwt");
        tokens.put("truncated", Emulator.token("aksca-admin").substring(0, 40));

        List<String> accepted = new ArrayList<>();
        tokens.forEach((name, token) -> {
            Response response = given().header("Authorization", "Bearer " + token).get("/api/v1/accessPolicies");
            if (response.statusCode() != 401 || !response.contentType().startsWith("application/problem+json")) {
                accepted.add(name + " -> " + response.statusCode());
            }
        });
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("basic scheme", "Basic YWtzY2EtYWRtaW46YWtzY2EtYWRtaW4tc2VjcmV0");
        headers.put("bearer without token", "Bearer");
        headers.put("token without scheme", Emulator.token("aksca-admin"));
        headers.forEach((name, value) -> {
            int status = given().header("Authorization", value).get("/api/v1/accessPolicies").statusCode();
            if (status != 401) {
                accepted.add(name + " -> " + status);
            }
        });
        System.out.printf("auth cases: %d rejected as expected%n", tokens.size() + headers.size() - accepted.size());
        assertEquals(List.of(), accepted, "defective tokens must be refused");
    }

    @Test
    void eachRoleGetsExactlyTheEndpointsTheContractGrants() {
        Map<String, String> tokens = Map.of(
                "admin", Emulator.token("aksca-admin"),
                "reader", Emulator.token("aksca-reader"),
                "none", Emulator.token("aksca-none"),
                "write-only", mintToken(Map.of("roles", List.of("AccessPolicy.Write"))));
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, String> caller : tokens.entrySet()) {
            boolean read = caller.getKey().equals("admin") || caller.getKey().equals("reader");
            boolean write = caller.getKey().equals("admin") || caller.getKey().equals("write-only");
            cases += expect(wrong, caller.getKey() + " GET list", read ? 200 : 403,
                    given().auth().oauth2(caller.getValue()).get("/api/v1/accessPolicies").statusCode());
            cases += expect(wrong, caller.getKey() + " GET cluster list", read ? 200 : 403,
                    given().auth().oauth2(caller.getValue()).get(AKS_DEMO + "/accessPolicies").statusCode());
            cases += expect(wrong, caller.getKey() + " GET policy", read ? 404 : 403,
                    given().auth().oauth2(caller.getValue()).get(POLICY).statusCode());
            cases += expect(wrong, caller.getKey() + " GET verification", read ? 404 : 403,
                    given().auth().oauth2(caller.getValue()).get(POLICY + "/verification").statusCode());
            cases += expect(wrong, caller.getKey() + " PUT dry run", write ? 200 : 403,
                    given().auth().oauth2(caller.getValue()).contentType(ContentType.JSON).body("{}")
                            .queryParam("dryRun", true).put(POLICY).statusCode());
            cases += expect(wrong, caller.getKey() + " DELETE", write ? 404 : 403,
                    given().auth().oauth2(caller.getValue()).delete(POLICY).statusCode());
        }
        System.out.printf("role cases: %d answered as the contract says%n", cases - wrong.size());
        assertEquals(List.of(), wrong);
    }

    private static int expect(List<String> wrong, String name, int expected, int actual) {
        if (expected != actual) {
            wrong.add(name + ": expected " + expected + " got " + actual);
        }
        return 1;
    }

    private static JwtClaims validClaims(String issuer) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience("22222222-2222-2222-2222-222222222222");
        claims.setSubject("c0000000-0000-0000-0000-000000000001");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(30);
        claims.setClaim("tid", Emulator.TENANT);
        claims.setStringListClaim("roles", "AccessPolicy.Read", "AccessPolicy.Write");
        return claims;
    }

    private static String signedByAnotherKey(String issuer) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(validClaims(issuer).toJson());
        jws.setKey(generator.generateKeyPair().getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue("attacker");
        return jws.getCompactSerialization();
    }

    private static String unsigned(String issuer) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(validClaims(issuer).toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
