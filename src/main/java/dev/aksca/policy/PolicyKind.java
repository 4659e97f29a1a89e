package dev.aksca.policy;

import dev.aksca.error.ApiProblem;
import java.util.List;

/** The two things an AKS cluster's Conditional Access protects, each with its Entra application (contract section 1). */
public enum PolicyKind {
    CONTROL_PLANE("control-plane", "6dae42f8-4368-4678-94ff-3960e28e3630", "Azure Kubernetes Service AAD Server",
            List.of(GrantControl.COMPLIANT_DEVICE)),
    NODE_SSH("node-ssh", "ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0", "Azure Linux VM Sign-In",
            List.of(GrantControl.COMPLIANT_DEVICE, GrantControl.MFA));

    private final String value;
    private final String appId;
    private final String appDisplayName;
    private final List<GrantControl> defaultControls;

    PolicyKind(String value, String appId, String appDisplayName, List<GrantControl> defaultControls) {
        this.value = value;
        this.appId = appId;
        this.appDisplayName = appDisplayName;
        this.defaultControls = defaultControls;
    }

    public static PolicyKind fromPath(String value) {
        for (PolicyKind kind : values()) {
            if (kind.value.equals(value)) {
                return kind;
            }
        }
        throw ApiProblem.invalid("kind", "path", "must be control-plane or node-ssh");
    }

    public static PolicyKind fromValue(String value) {
        for (PolicyKind kind : values()) {
            if (kind.value.equals(value)) {
                return kind;
            }
        }
        return null;
    }

    public String value() {
        return value;
    }

    public String appId() {
        return appId;
    }

    public String appDisplayName() {
        return appDisplayName;
    }

    public List<GrantControl> defaultControls() {
        return defaultControls;
    }

    @Override
    public String toString() {
        return value;
    }
}
