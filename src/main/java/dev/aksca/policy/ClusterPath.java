package dev.aksca.policy;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A cluster path with the policy kind. */
public class ClusterPath extends ClusterOnlyPath {

    @PathParam("kind")
    @Parameter(description = "Which access the policy protects",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"control-plane", "node-ssh"}))
    String kind;

    public String kind() {
        return kind;
    }
}
