package dev.aksca.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.aksca.graph.GraphPermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The essentials of the Azure deployment, checked without Azure or the Bicep CLI. */
class DeploymentTemplateTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path INFRA = DEPLOY.resolve("infra");
    private static final Bicep MAIN = Bicep.read(INFRA.resolve("main.bicep"));
    private static final Bicep APP = Bicep.read(INFRA.resolve("modules/container-app.bicep"));
    private static final int MAX_REPLICAS_CEILING = 5;

    @Test
    void theContainerAppRunsAsItsUserAssignedIdentityAndTellsAzureIdentityWhichOne() {
        Bicep identity = APP.block("identity").orElseThrow();
        assertEquals("'UserAssigned'", identity.value("type").orElseThrow());
        assertTrue(identity.block("userAssignedIdentities").orElseThrow().text().contains("'${identityId}': {}"));
        assertEquals("identityClientId", env(APP).get("AZURE_CLIENT_ID"));
        assertEquals("identity.outputs.clientId", moduleParams("api").get("identityClientId"));
        assertTrue(Bicep.read(INFRA.resolve("modules/identity.bicep")).text()
                .contains("'Microsoft.ManagedIdentity/userAssignedIdentities@"));
    }

    @Test
    void startupLivenessAndReadinessProbeQuarkusHealthOnTheIngressPort() {
        Map<String, String> paths = new LinkedHashMap<>();
        for (Bicep probe : APP.block("probes").orElseThrow().objects()) {
            Bicep get = probe.block("httpGet").orElseThrow();
            assertEquals("port", get.value("port").orElseThrow());
            paths.put(probe.string("type").orElseThrow(), get.string("path").orElseThrow());
        }

        assertEquals(Map.of("Startup", "/q/health/started", "Liveness", "/q/health/live", "Readiness", "/q/health/ready"),
                paths);
        assertEquals("8080", APP.text().lines().filter(l -> l.startsWith("var port =")).findFirst().orElseThrow()
                .replace("var port =", "").strip());
        Bicep ingress = APP.block("ingress").orElseThrow();
        assertAll(
                () -> assertEquals("port", ingress.value("targetPort").orElseThrow()),
                () -> assertEquals("true", ingress.value("external").orElseThrow()),
                () -> assertEquals("false", ingress.value("allowInsecure").orElseThrow()));
    }

    @Test
    void scalesFromZeroOnHttpLoadToAFewReplicasAtMost() {
        Bicep scale = APP.block("scale").orElseThrow();
        assertEquals("0", scale.value("minReplicas").orElseThrow());
        assertEquals("maxReplicas", scale.value("maxReplicas").orElseThrow());
        List<Bicep> rules = scale.block("rules").orElseThrow().objects();
        assertEquals(1, rules.size());
        assertTrue(rules.get(0).block("http").flatMap(http -> http.block("metadata"))
                .flatMap(metadata -> metadata.string("concurrentRequests")).isPresent(), "an HTTP concurrency rule");

        for (Bicep file : List.of(MAIN, APP)) {
            String decorators = file.params().get("maxReplicas").decorators();
            Matcher max = Pattern.compile("@maxValue\\((\\d+)\\)").matcher(decorators);
            assertTrue(max.find(), "maxReplicas needs an upper bound");
            assertTrue(Integer.parseInt(max.group(1)) <= MAX_REPLICAS_CEILING, decorators);
        }
        assertEquals("int = 3", MAIN.text().lines().filter(l -> l.startsWith("param maxReplicas ")).findFirst()
                .orElseThrow().replace("param maxReplicas ", ""));
    }

    @Test
    void configurationReachesTheServiceByQuarkusEnvironmentNamesAndSecretsOnlyBySecretRef() {
        Map<String, String> env = env(APP);
        assertTrue(env.keySet().containsAll(List.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID",
                "AKSCA_CLOUD", "AKSCA_BREAK_GLASS_USER_IDS", "AZURE_CLIENT_ID", "AZURE_TENANT_ID")), env.toString());
        assertEquals("'${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'",
                moduleParams("api").get("oidcAuthServerUrl"));
        assertEquals("apiRegistration.outputs.clientId", moduleParams("api").get("oidcClientId"));

        Bicep secretEnv = APP.variable("secretEnv").orElseThrow();
        assertTrue(secretEnv.text().contains("secretRef:"));
        assertFalse(secretEnv.text().contains("value:"), "secret values never go into plain env entries");
        assertTrue(APP.block("configuration").orElseThrow().value("secrets").orElseThrow().equals("secretList"));
        assertTrue(APP.params().get("secretSettings").secure());
        assertTrue(MAIN.params().get("secretSettings").secure());
    }

    @Test
    void theIdentityGetsExactlyTheGraphPermissionsTheCodeDeclares() throws IOException {
        Bicep graph = Bicep.read(INFRA.resolve("modules/graph-permissions.bicep"));

        assertEquals(GraphPermissions.ALL, graph.variable("graphPermissions").orElseThrow().strings());
        assertEquals(GraphPermissions.ALL, readmePermissions());
        assertTrue(graph.text().contains("extension microsoftGraphV1"));
        assertTrue(graph.text().contains("'Microsoft.Graph/appRoleAssignedTo@v1.0' = [for permission in graphPermissions:"));
        assertEquals("identity.outputs.principalId", moduleParams("graphPermissions").get("principalId"));
    }

    @Test
    void theApiRegistrationIssuesV2TokensWithTheTwoAppRoles() {
        Bicep registration = Bicep.read(INFRA.resolve("modules/api-registration.bicep"));
        Bicep application = registration.body("resource api 'Microsoft.Graph/applications@v1.0' =").orElseThrow();

        assertEquals("2", application.block("api").orElseThrow().value("requestedAccessTokenVersion").orElseThrow());
        List<String> roles = application.block("appRoles").orElseThrow().objects().stream()
                .map(role -> role.string("value").orElseThrow()).toList();
        assertEquals(List.of("AccessPolicy.Read", "AccessPolicy.Write"), roles);
    }

    @Test
    void readerOnClustersIsGrantedAtTheChosenScope() {
        String readerRole = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
        assertTrue(MAIN.text().contains("var readerRoleId = '" + readerRole + "'"));
        assertTrue(MAIN.text().contains("'Microsoft.Authorization/roleAssignments@2022-04-01' = if (readerScope == 'subscription')"));
        assertTrue(MAIN.text().contains("'modules/reader-role.bicep' = if (readerScope == 'resourceGroup')"));
        assertTrue(MAIN.params().get("readerScope").decorators().contains("'resourceGroup'"));
    }

    @Test
    void everyParameterIsDescribedAndEveryModuleExists() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(INFRA)) {
            files = walk.filter(f -> f.toString().endsWith(".bicep")).toList();
        }
        List<String> undescribed = new ArrayList<>();
        for (Path file : files) {
            Bicep.read(file).params().values().stream().filter(p -> !p.described())
                    .forEach(p -> undescribed.add(file.getFileName() + ": " + p.name()));
            Matcher module = Pattern.compile("module \\w+ '([^']+)'").matcher(Bicep.read(file).text());
            while (module.find()) {
                assertTrue(Files.isRegularFile(file.getParent().resolve(module.group(1))), module.group(1));
            }
        }
        assertEquals(List.of(), undescribed);
        assertTrue(files.size() >= 8, files.toString());
    }

    @Test
    void azdParametersMatchTheTemplateAndItsPathsResolve() throws IOException {
        JsonNode parameters = new ObjectMapper().readTree(INFRA.resolve("main.parameters.json").toFile()).get("parameters");
        Map<String, Bicep.Param> params = MAIN.params();
        for (Iterator<String> names = parameters.fieldNames(); names.hasNext();) {
            String name = names.next();
            assertTrue(params.containsKey(name), "main.parameters.json sets an unknown parameter " + name);
        }
        params.values().stream().filter(p -> !p.hasDefault())
                .forEach(p -> assertTrue(parameters.has(p.name()), "azd must supply " + p.name()));

        JsonNode azure = new ObjectMapper(new YAMLFactory()).readTree(DEPLOY.resolve("azure.yaml").toFile());
        assertEquals("bicep", azure.at("/infra/provider").asText());
        assertTrue(Files.isRegularFile(DEPLOY.resolve(azure.at("/infra/path").asText()).resolve(azure.at("/infra/module").asText() + ".bicep")));
        JsonNode api = azure.at("/services/api");
        Path project = DEPLOY.resolve(api.at("/project").asText()).normalize();
        assertEquals("containerapp", api.at("/host").asText());
        assertTrue(Files.isRegularFile(project.resolve("pom.xml")), project.toAbsolutePath().toString());
        assertTrue(Files.isRegularFile(project.resolve(api.at("/docker/path").asText())));
        assertTrue(Bicep.read(INFRA.resolve("modules/container-app.bicep")).text().contains("'azd-service-name': 'api'"));
    }

    @Test
    void theNativeImageIsBuiltWithMandrelAndRunsAsNonRootOn8080() throws IOException {
        String nativeFile = Files.readString(DEPLOY.resolve("Dockerfile.native"));
        assertTrue(nativeFile.contains("FROM quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-25 AS build"));
        assertTrue(nativeFile.contains("./mvnw -B package -Dnative"));
        assertTrue(nativeFile.contains("FROM quay.io/quarkus/ubi9-quarkus-micro-image:2.0"));
        String jvmFile = Files.readString(DEPLOY.resolve("Dockerfile.jvm"));
        assertTrue(jvmFile.contains("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:"));
        for (String dockerfile : List.of(nativeFile, jvmFile)) {
            assertTrue(dockerfile.contains("EXPOSE 8080"));
            List<String> users = dockerfile.lines().filter(l -> l.startsWith("USER ")).toList();
            String last = users.get(users.size() - 1);
            assertFalse(last.equals("USER root") || last.equals("USER 0"), "the final image must not run as root");
        }
    }

    /** Plain environment variables by name, with their Bicep value expressions. */
    private static Map<String, String> env(Bicep app) {
        Map<String, String> env = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("name:\\s*'(\\w+)'\\s*value:\\s*(.+)")
                .matcher(app.variable("plainEnv").orElseThrow().text());
        while (entry.find()) {
            env.put(entry.group(1), entry.group(2).strip());
        }
        return env;
    }

    private static Map<String, String> moduleParams(String module) {
        Bicep params = MAIN.body("module " + module + " '").flatMap(m -> m.block("params")).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        params.text().lines().map(String::strip).filter(l -> l.matches("\\w+\\s*:.+"))
                .forEach(l -> values.put(l.substring(0, l.indexOf(':')).strip(), l.substring(l.indexOf(':') + 1).strip()));
        return values;
    }

    private static List<String> readmePermissions() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int heading = lines.indexOf("### Microsoft Graph permissions");
        List<String> permissions = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            Matcher row = Pattern.compile("^\\|\\s*`([A-Za-z.]+)`\\s*\\|").matcher(line);
            if (row.find()) {
                permissions.add(row.group(1));
            }
        }
        return permissions;
    }
}
