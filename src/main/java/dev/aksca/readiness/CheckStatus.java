package dev.aksca.readiness;

import com.fasterxml.jackson.annotation.JsonProperty;

/** fail: a prerequisite is missing; warn: works, but needs attention; pass: proven. */
public enum CheckStatus {
    @JsonProperty("pass") PASS,
    @JsonProperty("warn") WARN,
    @JsonProperty("fail") FAIL
}
