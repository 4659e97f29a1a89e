package dev.aksca.policy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Managed policies, ARM-style in a value array")
public record AccessPolicyList(List<AccessPolicy> value) {
}
