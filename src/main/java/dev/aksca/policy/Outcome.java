package dev.aksca.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an apply did, or would do in a dry run. */
public enum Outcome {
    @JsonProperty("created") CREATED,
    @JsonProperty("updated") UPDATED,
    @JsonProperty("unchanged") UNCHANGED,
    @JsonProperty("wouldCreate") WOULD_CREATE,
    @JsonProperty("wouldUpdate") WOULD_UPDATE
}
