package dev.aksca.cluster;

/** One node pool: its OS and how SSH to its nodes is authenticated ({@code EntraId}, {@code LocalUser}, ...). */
public record AgentPool(String name, String osType, String sshAccess) {
}
