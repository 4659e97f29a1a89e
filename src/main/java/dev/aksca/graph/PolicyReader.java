package dev.aksca.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.microsoft.graph.models.ConditionalAccessClientApp;
import com.microsoft.graph.models.ConditionalAccessGrantControl;
import com.microsoft.graph.models.ConditionalAccessPolicyState;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One policy of an identity/conditionalAccess/policies page, read from Graph's JSON (see {@link GraphPages}) into
 * what {@link GraphPolicies#fromGraph} reads from the SDK's model.
 */
final class PolicyReader {

    static final GraphPages PAGES = new GraphPages("Conditional Access policy list page");

    private String id;
    private String displayName;
    private String state;
    private List<String> includeApplications;
    private List<String> includeGroups;
    private List<String> excludeUsers;
    private List<String> excludeGroups;
    private List<String> clientAppTypes;
    private String grantOperator;
    private List<String> builtInControls;
    private OffsetDateTime created;
    private OffsetDateTime modified;

    private PolicyReader() {
    }

    static CaPolicy read(JsonParser json) throws IOException {
        PolicyReader policy = new PolicyReader();
        PAGES.object(json, "a policy", name -> policy.field(json, name));
        return new CaPolicy(policy.id, policy.displayName, policy.state, copy(policy.includeApplications),
                copy(policy.includeGroups), copy(policy.excludeUsers), copy(policy.excludeGroups),
                copy(policy.clientAppTypes), policy.grantOperator, copy(policy.builtInControls), policy.created,
                policy.modified);
    }

    private void field(JsonParser json, String name) throws IOException {
        switch (name) {
            case "id" -> id = PAGES.text(json, name);
            case "displayName" -> displayName = PAGES.text(json, name);
            case "state" -> state = GraphPages.known(PAGES.text(json, name), ConditionalAccessPolicyState::forValue);
            case "createdDateTime" -> created = PAGES.dateTime(json, name);
            case "modifiedDateTime" -> modified = PAGES.dateTime(json, name);
            case "conditions" -> PAGES.object(json, name, field -> conditions(json, field));
            case "grantControls" -> PAGES.object(json, name, field -> {
                switch (field) {
                    case "operator" -> grantOperator = PAGES.text(json, field);
                    case "builtInControls" -> builtInControls =
                            PAGES.known(json, field, ConditionalAccessGrantControl::forValue);
                    default -> json.skipChildren();
                }
            });
            default -> json.skipChildren();
        }
    }

    private void conditions(JsonParser json, String name) throws IOException {
        switch (name) {
            case "applications" -> PAGES.object(json, name, field -> {
                if (field.equals("includeApplications")) {
                    includeApplications = PAGES.strings(json, field);
                } else {
                    json.skipChildren();
                }
            });
            case "users" -> PAGES.object(json, name, field -> {
                switch (field) {
                    case "includeGroups" -> includeGroups = PAGES.strings(json, field);
                    case "excludeUsers" -> excludeUsers = PAGES.strings(json, field);
                    case "excludeGroups" -> excludeGroups = PAGES.strings(json, field);
                    default -> json.skipChildren();
                }
            });
            case "clientAppTypes" -> clientAppTypes = PAGES.known(json, name, ConditionalAccessClientApp::forValue);
            default -> json.skipChildren();
        }
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
