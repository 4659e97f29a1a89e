package dev.aksca.policy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Grant controls, as Graph's conditionalAccessGrantControls.")
public record GrantControls(
        @Schema(description = "AND: every control is required; OR: one of them", defaultValue = "AND") GrantOperator operator,
        @Schema(description = "Graph's built-in controls; 'block' stands alone", examples = "[\"compliantDevice\"]")
        List<GrantControl> builtInControls) {
}
