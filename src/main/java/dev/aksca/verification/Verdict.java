package dev.aksca.verification;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Contract section 4, first match wins. */
public enum Verdict {
    @JsonProperty("noSignIns") NO_SIGN_INS,
    @JsonProperty("verified") VERIFIED,
    @JsonProperty("blocked") BLOCKED,
    @JsonProperty("reportOnly") REPORT_ONLY,
    @JsonProperty("notApplied") NOT_APPLIED
}
