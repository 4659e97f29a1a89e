package dev.aksca.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.microsoft.graph.models.AppliedConditionalAccessPolicyResult;
import com.microsoft.graph.models.ConditionalAccessStatus;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One sign-in of an auditLogs/signIns page, read from Graph's JSON (see {@link GraphPages}). */
final class SignInReader {

    static final GraphPages PAGES = new GraphPages("sign-in log page");

    private String id;
    private OffsetDateTime created;
    private String userPrincipalName;
    private String status;
    private final Map<String, String> results = new LinkedHashMap<>();
    private Boolean deviceCompliant;
    private Integer errorCode;
    private String failureReason;

    private SignInReader() {
    }

    static SignInRecord read(JsonParser json) throws IOException {
        SignInReader signIn = new SignInReader();
        PAGES.object(json, "a sign-in", name -> signIn.field(json, name));
        return new SignInRecord(signIn.id, signIn.created, signIn.userPrincipalName, signIn.status, signIn.results,
                signIn.deviceCompliant, signIn.errorCode == null ? 0 : signIn.errorCode, signIn.failureReason);
    }

    private void field(JsonParser json, String name) throws IOException {
        switch (name) {
            case "id" -> id = PAGES.text(json, name);
            case "createdDateTime" -> created = PAGES.dateTime(json, name);
            case "userPrincipalName" -> userPrincipalName = PAGES.text(json, name);
            case "conditionalAccessStatus" -> status = GraphPages.known(PAGES.text(json, name),
                    ConditionalAccessStatus::forValue);
            case "appliedConditionalAccessPolicies" -> appliedPolicies(json);
            case "deviceDetail" -> PAGES.object(json, name, field -> {
                if (field.equals("isCompliant")) {
                    deviceCompliant = PAGES.bool(json, field);
                } else {
                    json.skipChildren();
                }
            });
            case "status" -> PAGES.object(json, name, field -> {
                switch (field) {
                    case "errorCode" -> errorCode = PAGES.integer(json, field);
                    case "failureReason" -> failureReason = PAGES.text(json, field);
                    default -> json.skipChildren();
                }
            });
            default -> json.skipChildren();
        }
    }

    /** Each applied policy's result by policy id; a result the SDK does not know reads as "unknown". */
    private void appliedPolicies(JsonParser json) throws IOException {
        if (!PAGES.array(json, "appliedConditionalAccessPolicies")) {
            return;
        }
        while (json.nextToken() != JsonToken.END_ARRAY) {
            String[] policy = new String[2];
            PAGES.object(json, "an applied policy", field -> {
                switch (field) {
                    case "id" -> policy[0] = PAGES.text(json, field);
                    case "result" -> policy[1] = GraphPages.known(PAGES.text(json, field),
                            AppliedConditionalAccessPolicyResult::forValue);
                    default -> json.skipChildren();
                }
            });
            if (policy[0] != null) {
                results.put(policy[0], policy[1] == null ? "unknown" : policy[1]);
            }
        }
    }
}
