package dev.aksca.graph;

/** OData string literals: a single quote inside is doubled, so user data can never close the literal. */
public final class ODataLiterals {

    private ODataLiterals() {
    }

    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
