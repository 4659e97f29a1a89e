package dev.aksca.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/** The tenant's subscribed SKUs: an Office plan always, Entra ID P1 or P2 only when the licence says so. */
final class Licences {

    static final String P1_PLAN = "AAD_PREMIUM";
    static final Map<String, String> PLAN_IDS = Map.of(
            P1_PLAN, "41781fb2-bc02-4b7c-bd55-b576c07bb09d",
            Seed.P2_PLAN, "eec0eb4f-6444-4f95-aba0-50c24d67f998");

    private Licences() {
    }

    static JsonArray subscribedSkus(List<String> plans) {
        JsonArray skus = new JsonArray();
        skus.add(sku("18181a46-0d4e-45cd-891e-60aabd171b4e", "STANDARDPACK",
                new JsonArray().add(plan("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "EXCHANGE_S_STANDARD"))));
        if (plans.contains(Seed.P2_PLAN)) {
            skus.add(sku("84a661c4-e949-4bd2-a560-ed7766fcaf2b", Seed.P2_PLAN, new JsonArray()
                    .add(plan(PLAN_IDS.get(P1_PLAN), P1_PLAN))
                    .add(plan(PLAN_IDS.get(Seed.P2_PLAN), Seed.P2_PLAN))));
        } else if (plans.contains(P1_PLAN)) {
            skus.add(sku("078d2b04-f1bd-4111-bbd4-b4b1b354cef4", P1_PLAN,
                    new JsonArray().add(plan(PLAN_IDS.get(P1_PLAN), P1_PLAN))));
        }
        return skus;
    }

    private static JsonObject sku(String skuId, String partNumber, JsonArray servicePlans) {
        return new JsonObject()
                .put("id", TenantUrls.TENANT_ID + "_" + skuId)
                .put("skuId", skuId)
                .put("skuPartNumber", partNumber)
                .put("appliesTo", "User")
                .put("capabilityStatus", "Enabled")
                .put("consumedUnits", 3)
                .put("prepaidUnits", new JsonObject().put("enabled", 25).put("suspended", 0).put("warning", 0))
                .put("servicePlans", servicePlans);
    }

    private static JsonObject plan(String id, String name) {
        return new JsonObject().put("servicePlanId", id).put("servicePlanName", name)
                .put("provisioningStatus", "Success").put("appliesTo", "User");
    }
}
