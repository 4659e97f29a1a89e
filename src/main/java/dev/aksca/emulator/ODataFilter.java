package dev.aksca.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $filter} forms the emulated Graph supports: {@code <property> eq '<string literal>'} and, where a route
 * allows it, {@code <property> in ('<literal>', ...)}, where a quote inside a literal is written twice (OData ABNF).
 * Anything else is refused rather than silently ignored, so a client never mistakes an unfiltered list for a
 * filtered one.
 */
final class ODataFilter {

    private static final Pattern CLAUSE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9]*)\\s+(?i:(eq)\\s+'|(in)\\s*\\(\\s*')");

    /** {@code property} is spelled as in the caller's allowed set; one value for {@code eq}, each listed for {@code in}. */
    record Match(String property, List<String> values) {

        String value() {
            return values.get(0);
        }

        boolean matchesIgnoringCase(String actual) {
            return actual != null && values.stream().anyMatch(actual::equalsIgnoreCase);
        }
    }

    private ODataFilter() {
    }

    static Match parseEquals(String filter, Set<String> properties) {
        return parse(filter, properties, false);
    }

    static Match parseEqualsOrIn(String filter, Set<String> properties) {
        return parse(filter, properties, true);
    }

    private static Match parse(String filter, Set<String> properties, boolean inAllowed) {
        Matcher m = CLAUSE.matcher(filter);
        if (!m.find() || m.group(3) != null && !inAllowed) {
            throw ApiException.badRequest("Invalid filter clause: the emulated tenant supports only "
                    + "\"<property> eq '<value>'\"" + (inAllowed ? " or \"<property> in ('<value>', ...)\"" : "")
                    + " with string literals, got: " + filter);
        }
        String property = properties.stream().filter(p -> p.equalsIgnoreCase(m.group(1))).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Invalid filter clause: filtering on property '"
                        + m.group(1) + "' is not supported; supported: " + String.join(", ", properties) + "."));
        boolean in = m.group(3) != null;
        List<String> values = new ArrayList<>();
        int i = literal(filter, m.end(), values);
        while (in) {
            i = skipSpaces(filter, i);
            if (i < filter.length() && filter.charAt(i) == ',') {
                i = skipSpaces(filter, i + 1);
                if (i >= filter.length() || filter.charAt(i) != '\'') {
                    throw ApiException.badRequest("Invalid filter clause: expected a string literal after ',' in: "
                            + filter);
                }
                i = literal(filter, i + 1, values);
            } else if (i < filter.length() && filter.charAt(i) == ')') {
                i++;
                break;
            } else {
                throw ApiException.badRequest("Invalid filter clause: unterminated list after '" + property
                        + " in' in: " + filter);
            }
        }
        String rest = filter.substring(i).trim();
        if (!rest.isEmpty()) {
            throw ApiException.badRequest("Invalid filter clause: unsupported expression after '"
                    + property + (in ? " in" : " eq") + "' literal: " + rest.toLowerCase(Locale.ROOT).split("\\s+")[0]
                    + " (a quote inside a string literal must be doubled).");
        }
        return new Match(property, List.copyOf(values));
    }

    private static int skipSpaces(String filter, int from) {
        int i = from;
        while (i < filter.length() && Character.isWhitespace(filter.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Reads the literal whose first character is at {@code from} (after its opening quote); returns the index after it. */
    private static int literal(String filter, int from, List<String> into) {
        StringBuilder value = new StringBuilder();
        int i = from;
        while (true) {
            if (i >= filter.length()) {
                throw ApiException.badRequest("Invalid filter clause: unterminated string literal in: " + filter);
            }
            char c = filter.charAt(i);
            if (c == '\'') {
                if (i + 1 < filter.length() && filter.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                into.add(value.toString());
                return i + 1;
            }
            value.append(c);
            i++;
        }
    }
}
