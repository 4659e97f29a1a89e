package dev.aksca.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Directory answers (service principals, subscribed SKUs, objects by id, a user) read from Graph's JSON (see
 * {@link GraphPages}). Besides the CPU, this keeps the SDK's directory models out of the JVM: every one of them
 * extends {@code Entity}, whose verification loads its thousand-odd subclasses named in
 * {@code createFromDiscriminatorValue} — about 1,100 classes, megabytes of metaspace, for four fields.
 */
final class DirectoryReader {

    static final GraphPages SERVICE_PRINCIPALS = new GraphPages("service principal list page");
    static final GraphPages SKUS = new GraphPages("subscribed SKU list page");
    static final GraphPages OBJECTS = new GraphPages("directory object lookup");
    static final GraphPages USER = new GraphPages("user lookup");
    private static final String TYPE_PREFIX = "#microsoft.graph.";

    private DirectoryReader() {
    }

    /** An account without {@code accountEnabled} counts as enabled, as Graph's default is. */
    static ServicePrincipalInfo servicePrincipal(JsonParser json) throws IOException {
        String[] text = new String[3];
        Boolean[] enabled = {null};
        SERVICE_PRINCIPALS.object(json, "a service principal", name -> {
            switch (name) {
                case "id" -> text[0] = SERVICE_PRINCIPALS.text(json, name);
                case "appId" -> text[1] = SERVICE_PRINCIPALS.text(json, name);
                case "displayName" -> text[2] = SERVICE_PRINCIPALS.text(json, name);
                case "accountEnabled" -> enabled[0] = SERVICE_PRINCIPALS.bool(json, name);
                default -> json.skipChildren();
            }
        });
        return new ServicePrincipalInfo(text[0], text[1], text[2], !Boolean.FALSE.equals(enabled[0]));
    }

    static LicenceSku sku(JsonParser json) throws IOException {
        String[] text = new String[2];
        List<LicenceSku.Plan> plans = new ArrayList<>();
        SKUS.object(json, "a subscribed SKU", name -> {
            switch (name) {
                case "skuPartNumber" -> text[0] = SKUS.text(json, name);
                case "capabilityStatus" -> text[1] = SKUS.text(json, name);
                case "servicePlans" -> {
                    if (SKUS.array(json, name)) {
                        while (json.nextToken() != JsonToken.END_ARRAY) {
                            plans.add(plan(json));
                        }
                    }
                }
                default -> json.skipChildren();
            }
        });
        return new LicenceSku(text[0], text[1], List.copyOf(plans));
    }

    private static LicenceSku.Plan plan(JsonParser json) throws IOException {
        String[] text = new String[3];
        SKUS.object(json, "a service plan", name -> {
            switch (name) {
                case "servicePlanId" -> text[0] = uuid(SKUS.text(json, name));
                case "servicePlanName" -> text[1] = SKUS.text(json, name);
                case "provisioningStatus" -> text[2] = SKUS.text(json, name);
                default -> json.skipChildren();
            }
        });
        return new LicenceSku.Plan(text[0], text[1], text[2]);
    }

    /** In the canonical lower-case form, as the models' {@code UUID} printed it. */
    private static String uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw SKUS.malformed("servicePlanId is not a GUID");
        }
    }

    static DirectoryObjectInfo directoryObject(JsonParser json) throws IOException {
        String[] text = new String[3];
        OBJECTS.object(json, "a directory object", name -> {
            switch (name) {
                case "@odata.type" -> text[0] = OBJECTS.text(json, name);
                case "id" -> text[1] = OBJECTS.text(json, name);
                case "displayName" -> text[2] = OBJECTS.text(json, name);
                default -> json.skipChildren();
            }
        });
        String odataType = text[0] == null ? "" : text[0];
        String type = odataType.startsWith(TYPE_PREFIX) ? odataType.substring(TYPE_PREFIX.length()) : odataType;
        return new DirectoryObjectInfo(text[1], type, text[2]);
    }

    /** Null for a JSON null. */
    static DirectoryUser user(JsonParser json) throws IOException {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        String[] text = new String[2];
        USER.object(json, "the user", name -> {
            switch (name) {
                case "id" -> text[0] = USER.text(json, name);
                case "userPrincipalName" -> text[1] = USER.text(json, name);
                default -> json.skipChildren();
            }
        });
        return new DirectoryUser(text[0], text[1]);
    }
}
