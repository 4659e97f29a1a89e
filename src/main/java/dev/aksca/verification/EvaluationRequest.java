package dev.aksca.verification;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A sign-in to evaluate: who, and from what device and client")
public record EvaluationRequest(
        @Schema(required = true, maxLength = SignInFilterInput.MAX_USER_LENGTH, examples = "alice@contoso.com",
                description = "User principal name or object id of a user of the tenant")
        String user,
        @Schema(defaultValue = "false", description = "Whether the device is marked compliant (Intune)")
        Boolean deviceCompliant,
        @Schema(type = SchemaType.STRING, defaultValue = "linux",
                enumeration = {"android", "iOS", "linux", "macOS", "windows", "windowsPhone"},
                description = "Graph conditionalAccessDevicePlatform")
        String devicePlatform,
        @Schema(type = SchemaType.STRING, defaultValue = "mobileAppsAndDesktopClients",
                enumeration = {"browser", "mobileAppsAndDesktopClients", "exchangeActiveSync", "easSupported", "other"},
                description = "Graph conditionalAccessClientApp; kubectl, kubelogin and az ssh are desktop clients")
        String clientAppType) {
}
