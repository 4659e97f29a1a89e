package dev.aksca.graph;

/**
 * A directory object that exists.
 *
 * @param type Graph's type without its namespace: {@code user}, {@code group}, {@code servicePrincipal}, ...
 */
public record DirectoryObjectInfo(String id, String type, String displayName) {
}
