package dev.aksca.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error this API answers. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(description = "URI identifying the problem type", examples = "https://aksca.dev/problems/validation") String type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid request") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong in this occurrence", examples = "subscriptionId must be a GUID") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "For validation problems: each offending field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input: {@code in} is {@code path}, {@code query}, {@code body} or {@code header}. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "subscriptionId") String field,
            @Schema(examples = "path") String in,
            @Schema(examples = "must be a GUID") String detail) {
    }
}
