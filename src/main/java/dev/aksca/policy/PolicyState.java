package dev.aksca.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The API's policy states and the Graph values behind them. */
public enum PolicyState {
    @JsonProperty("reportOnly") REPORT_ONLY("reportOnly", "enabledForReportingButNotEnforced"),
    @JsonProperty("enabled") ENABLED("enabled", "enabled"),
    @JsonProperty("disabled") DISABLED("disabled", "disabled");

    private final String value;
    private final String graphValue;

    PolicyState(String value, String graphValue) {
        this.value = value;
        this.graphValue = graphValue;
    }

    public static PolicyState fromGraph(String graphValue) {
        for (PolicyState state : values()) {
            if (state.graphValue.equals(graphValue)) {
                return state;
            }
        }
        return null;
    }

    public String value() {
        return value;
    }

    public String graphValue() {
        return graphValue;
    }

    @Override
    public String toString() {
        return value;
    }
}
