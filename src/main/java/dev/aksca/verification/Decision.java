package dev.aksca.verification;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Contract section 5: what Conditional Access would do with the sign-in. */
public enum Decision {
    @JsonProperty("grant") GRANT,
    @JsonProperty("block") BLOCK,
    @JsonProperty("grantWithControls") GRANT_WITH_CONTROLS
}
