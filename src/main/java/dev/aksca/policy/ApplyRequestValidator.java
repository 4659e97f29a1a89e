package dev.aksca.policy;

import dev.aksca.azure.Names;
import dev.aksca.error.ApiProblem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks what Jackson cannot: object ids are GUIDs, lists are bounded, grant controls make sense. */
final class ApplyRequestValidator {

    static final int MAX_IDS = 100;

    private ApplyRequestValidator() {
    }

    static void validate(ApplyRequest request) {
        objectIds("includeGroups", request.includeGroups());
        objectIds("excludeUsers", request.excludeUsers());
        objectIds("excludeGroups", request.excludeGroups());
        GrantControls grant = request.grantControls();
        if (grant == null) {
            return;
        }
        List<GrantControl> controls = grant.builtInControls();
        if (controls == null || controls.isEmpty()) {
            throw ApiProblem.invalid("grantControls.builtInControls", "body", "must name at least one control");
        }
        Set<GrantControl> seen = new HashSet<>();
        for (int i = 0; i < controls.size(); i++) {
            if (controls.get(i) == null) {
                throw ApiProblem.invalid("grantControls.builtInControls[" + i + "]", "body", "must not be null");
            }
            if (!seen.add(controls.get(i))) {
                throw ApiProblem.invalid("grantControls.builtInControls[" + i + "]", "body", "duplicate control " + controls.get(i));
            }
        }
        if (seen.contains(GrantControl.BLOCK) && seen.size() > 1) {
            throw ApiProblem.invalid("grantControls.builtInControls", "body", "block cannot be combined with other controls");
        }
    }

    private static void objectIds(String field, List<String> ids) {
        if (ids == null) {
            return;
        }
        if (ids.size() > MAX_IDS) {
            throw ApiProblem.invalid(field, "body", "at most " + MAX_IDS + " object ids");
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!Names.isGuid(id)) {
                throw ApiProblem.invalid(field + "[" + i + "]", "body", "must be an Entra object id (GUID)");
            }
        }
    }
}
