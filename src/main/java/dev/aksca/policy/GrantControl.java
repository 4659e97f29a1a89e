package dev.aksca.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Graph's built-in grant controls, spelled as Graph spells them. */
public enum GrantControl {
    @JsonProperty("block") BLOCK("block"),
    @JsonProperty("mfa") MFA("mfa"),
    @JsonProperty("compliantDevice") COMPLIANT_DEVICE("compliantDevice"),
    @JsonProperty("domainJoinedDevice") DOMAIN_JOINED_DEVICE("domainJoinedDevice"),
    @JsonProperty("approvedApplication") APPROVED_APPLICATION("approvedApplication"),
    @JsonProperty("compliantApplication") COMPLIANT_APPLICATION("compliantApplication"),
    @JsonProperty("passwordChange") PASSWORD_CHANGE("passwordChange");

    private final String graphValue;

    GrantControl(String graphValue) {
        this.graphValue = graphValue;
    }

    public static GrantControl fromGraph(String graphValue) {
        for (GrantControl control : values()) {
            if (control.graphValue.equals(graphValue)) {
                return control;
            }
        }
        return null;
    }

    public String graphValue() {
        return graphValue;
    }

    @Override
    public String toString() {
        return graphValue;
    }
}
