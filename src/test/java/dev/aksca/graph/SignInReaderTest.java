package dev.aksca.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microsoft.graph.models.AppliedConditionalAccessPolicy;
import com.microsoft.graph.models.SignIn;
import com.microsoft.graph.models.SignInCollectionResponse;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import dev.aksca.error.ApiProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sign-in reader must report what the SDK's own models read from the same answer. */
class SignInReaderTest {

    @Test
    void aSignInPageReadsAsTheSdksModelsReadIt() throws IOException {
        List<SignInRecord> ours = new ArrayList<>();
        String next = read(JsonTreeParseNodeTest.SIGN_INS, ours);

        SignInCollectionResponse sdk = new JsonParseNodeFactory()
                .getParseNode("application/json", bytes(JsonTreeParseNodeTest.SIGN_INS))
                .getObjectValue(SignInCollectionResponse::createFromDiscriminatorValue);
        assertEquals(sdk.getValue().stream().map(SignInReaderTest::asTheModelsSayIt).toList(), ours);
        assertEquals(sdk.getOdataNextLink(), next);
        assertEquals(Map.of("p1", "reportOnlyFailure", "p2", "unknown"), ours.get(0).policyResults());
        assertEquals(53000, ours.get(0).errorCode());
    }

    @Test
    void theLastPageHasNoNextLinkAndAnEmptyOrNullValueAddsNothing() throws IOException {
        List<SignInRecord> records = new ArrayList<>();

        assertNull(read("{\"@odata.context\":\"x\",\"value\":[]}", records));
        assertNull(read("{\"value\":null}", records));
        assertEquals(List.of(), records);
    }

    @Test
    void aMalformedPageIsAnUpstreamProblemThatNamesWhatIsWrong() {
        Map<String, String> cases = Map.of(
                "{\"value\":[{\"createdDateTime\":\"yesterday\"}]}", "createdDateTime is not a date-time",
                "{\"value\":[{\"createdDateTime\":\"2026-02-30T00:00:00Z\"}]}", "createdDateTime is not a date-time",
                "{\"value\":[{\"status\":{\"errorCode\":\"many\"}}]}", "errorCode is not a 32-bit integer",
                "{\"value\":[{\"deviceDetail\":{\"isCompliant\":\"yes\"}}]}", "isCompliant is not a boolean",
                "{\"value\":{\"id\":\"x\"}}", "value is not an array",
                "{\"value\":[{\"id\":\"x\"}", "not valid JSON",
                "[]", "the page is not a JSON object",
                "{\"value\":[{\"appliedConditionalAccessPolicies\":[\"p1\"]}]}", "an applied policy is not a JSON object",
                "{\"value\":[]} {}", "more than one JSON value");
        cases.forEach((json, detail) -> {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> read(json, new ArrayList<>()));
            assertEquals("Microsoft Graph answered a sign-in log page the service cannot read: " + detail,
                    problem.getMessage(), json);
        });
    }

    /** What the service reported from the SDK's models before it read the page itself. */
    private static SignInRecord asTheModelsSayIt(SignIn signIn) {
        Map<String, String> results = new LinkedHashMap<>();
        if (signIn.getAppliedConditionalAccessPolicies() != null) {
            for (AppliedConditionalAccessPolicy applied : signIn.getAppliedConditionalAccessPolicies()) {
                results.put(applied.getId(), applied.getResult() == null ? "unknown" : applied.getResult().getValue());
            }
        }
        Integer errorCode = signIn.getStatus() == null ? null : signIn.getStatus().getErrorCode();
        return new SignInRecord(signIn.getId(), signIn.getCreatedDateTime(), signIn.getUserPrincipalName(),
                signIn.getConditionalAccessStatus() == null ? null : signIn.getConditionalAccessStatus().getValue(),
                results, signIn.getDeviceDetail() == null ? null : signIn.getDeviceDetail().getIsCompliant(),
                errorCode == null ? 0 : errorCode, signIn.getStatus() == null ? null : signIn.getStatus().getFailureReason());
    }

    private static String read(String json, List<SignInRecord> into) throws IOException {
        return SignInReader.PAGES.page(bytes(json), SignInReader::read, into);
    }

    private static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
