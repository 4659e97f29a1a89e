package dev.aksca.graph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.microsoft.graph.models.AppliedConditionalAccessPolicyResult;
import com.microsoft.graph.models.ConditionalAccessStatus;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of auditLogs/signIns read from the answer's bytes straight into {@link SignInRecord}s. The SDK's models
 * built every sign-in, and each object nested in it, with a backing store of two concurrent maps that tracks changes
 * for writes, only for the service to read a few fields once: the largest part of a verification's CPU and
 * allocation. Values mean what they meant through the models: an enum member the SDK does not know reads as null
 * (overall status) or "unknown" (a policy's result), a date-time without an offset is UTC, anything else not
 * selected is skipped, and a value of the wrong type makes the page a malformed answer.
 */
final class SignInPage {

    private static final JsonFactory JSON = new JsonFactory();

    private final List<SignInRecord> into;
    private String nextLink;

    private SignInPage(List<SignInRecord> into) {
        this.into = into;
    }

    /** Adds the page's sign-ins to {@code into}; returns its {@code @odata.nextLink}, null on the last page. */
    static String read(InputStream body, List<SignInRecord> into) throws IOException {
        SignInPage page = new SignInPage(into);
        try (JsonParser json = JSON.createParser(body)) {
            page.object(json);
            if (json.nextToken() != null) {
                throw malformed("more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            throw malformed("not valid JSON");
        }
        return page.nextLink;
    }

    private void object(JsonParser json) throws IOException {
        expect(json.nextToken(), JsonToken.START_OBJECT, "the page");
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "@odata.nextLink" -> nextLink = text(json, field);
                case "value" -> {
                    if (value == JsonToken.START_ARRAY) {
                        while (json.nextToken() != JsonToken.END_ARRAY) {
                            into.add(signIn(json));
                        }
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw malformed("value is not an array");
                    }
                }
                default -> json.skipChildren();
            }
        }
    }

    private static SignInRecord signIn(JsonParser json) throws IOException {
        expect(json.currentToken(), JsonToken.START_OBJECT, "a sign-in");
        String id = null;
        OffsetDateTime created = null;
        String upn = null;
        String status = null;
        Map<String, String> results = new LinkedHashMap<>();
        Boolean compliant = null;
        Integer errorCode = null;
        String failureReason = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "id" -> id = text(json, field);
                case "createdDateTime" -> created = dateTime(text(json, field));
                case "userPrincipalName" -> upn = text(json, field);
                case "conditionalAccessStatus" -> status = known(text(json, field));
                case "appliedConditionalAccessPolicies" -> appliedPolicies(json, results);
                case "deviceDetail" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        compliant = deviceCompliance(json);
                    }
                }
                case "status" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        expect(value, JsonToken.START_OBJECT, "status");
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String statusField = json.currentName();
                            json.nextToken();
                            switch (statusField) {
                                case "errorCode" -> errorCode = integer(json, statusField);
                                case "failureReason" -> failureReason = text(json, statusField);
                                default -> json.skipChildren();
                            }
                        }
                    }
                }
                default -> json.skipChildren();
            }
        }
        return new SignInRecord(id, created, upn, status, results, compliant, errorCode == null ? 0 : errorCode,
                failureReason);
    }

    private static void appliedPolicies(JsonParser json, Map<String, String> results) throws IOException {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expect(json.currentToken(), JsonToken.START_ARRAY, "appliedConditionalAccessPolicies");
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (json.currentToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            expect(json.currentToken(), JsonToken.START_OBJECT, "an applied policy");
            String policyId = null;
            String result = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "id" -> policyId = text(json, field);
                    case "result" -> result = text(json, field);
                    default -> json.skipChildren();
                }
            }
            if (policyId != null) {
                AppliedConditionalAccessPolicyResult known =
                        result == null || result.isEmpty() ? null : AppliedConditionalAccessPolicyResult.forValue(result);
                results.put(policyId, known == null ? "unknown" : known.getValue());
            }
        }
    }

    private static Boolean deviceCompliance(JsonParser json) throws IOException {
        expect(json.currentToken(), JsonToken.START_OBJECT, "deviceDetail");
        Boolean compliant = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (field.equals("isCompliant")) {
                if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                    compliant = value == JsonToken.VALUE_TRUE;
                } else if (value != JsonToken.VALUE_NULL) {
                    throw malformed("isCompliant is not a boolean");
                }
            } else {
                json.skipChildren();
            }
        }
        return compliant;
    }

    private static String known(String status) {
        ConditionalAccessStatus known = status == null || status.isEmpty() ? null : ConditionalAccessStatus.forValue(status);
        return known == null ? null : known.getValue();
    }

    private static String text(JsonParser json, String field) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw malformed(field + " is not a string");
        }
        return json.getText();
    }

    private static Integer integer(JsonParser json, String field) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT) {
            throw malformed(field + " is not a 32-bit integer");
        }
        return json.getIntValue();
    }

    private static OffsetDateTime dateTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw malformed("createdDateTime is not a date-time");
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw malformed(what + " is not a JSON " + (expected == JsonToken.START_ARRAY ? "array" : "object"));
        }
    }

    private static ApiProblem malformed(String detail) {
        return new ApiProblem(ProblemType.UPSTREAM_ERROR,
                "Microsoft Graph answered a sign-in log page the service cannot read: " + detail);
    }
}
