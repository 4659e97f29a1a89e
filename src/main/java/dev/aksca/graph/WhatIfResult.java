package dev.aksca.graph;

import java.util.List;

/**
 * One policy of the tenant as What-If judged it: whether it applies, and Graph's {@code whatIfAnalysisReasons}
 * ({@code notSet} when it applies; {@code users}, {@code application}, {@code clientApps}, ... when not).
 */
public record WhatIfResult(CaPolicy policy, boolean applies, List<String> reasons) {

    public WhatIfResult {
        reasons = List.copyOf(reasons);
    }
}
