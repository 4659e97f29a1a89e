package dev.aksca.emulator.ca;

import java.util.Arrays;
import java.util.Optional;

/** A policy's Graph {@code state} and the sign-in result values each state produces. */
enum PolicyState {
    ENABLED("enabled", "success", "failure", "notApplied"),
    REPORT_ONLY("enabledForReportingButNotEnforced", "reportOnlySuccess", "reportOnlyFailure", "reportOnlyNotApplied"),
    DISABLED("disabled", "notEnabled", "notEnabled", "notEnabled");

    private final String graphName;
    private final String success;
    private final String failure;
    private final String notApplied;

    PolicyState(String graphName, String success, String failure, String notApplied) {
        this.graphName = graphName;
        this.success = success;
        this.failure = failure;
        this.notApplied = notApplied;
    }

    static Optional<PolicyState> fromGraphName(String name) {
        return Arrays.stream(values()).filter(state -> state.graphName.equals(name)).findFirst();
    }

    String result(boolean applies, boolean satisfied) {
        if (!applies) {
            return notApplied;
        }
        return satisfied ? success : failure;
    }
}
