package dev.aksca.emulator;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one {@code $filter} form the emulated Graph supports: {@code <property> eq '<string literal>'}, where a quote
 * inside the literal is written twice (OData ABNF). Anything else is refused rather than silently ignored, so a
 * client never mistakes an unfiltered list for a filtered one.
 */
final class ODataFilter {

    private static final Pattern EQUALS = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9]*)\\s+(?i:eq)\\s+'");

    /** {@code property} is spelled as in the caller's allowed set. */
    record Equals(String property, String value) {
    }

    private ODataFilter() {
    }

    static Equals parseEquals(String filter, Set<String> properties) {
        Matcher m = EQUALS.matcher(filter);
        if (!m.find()) {
            throw ApiException.badRequest("Invalid filter clause: the emulated tenant supports only "
                    + "\"<property> eq '<value>'\" with a string literal, got: " + filter);
        }
        String property = properties.stream().filter(p -> p.equalsIgnoreCase(m.group(1))).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Invalid filter clause: filtering on property '"
                        + m.group(1) + "' is not supported; supported: " + String.join(", ", properties) + "."));
        StringBuilder value = new StringBuilder();
        int i = m.end();
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
                break;
            }
            value.append(c);
            i++;
        }
        String rest = filter.substring(i + 1).trim();
        if (!rest.isEmpty()) {
            throw ApiException.badRequest("Invalid filter clause: unsupported expression after '"
                    + property + " eq' literal: " + rest.toLowerCase(Locale.ROOT).split("\\s+")[0]
                    + " (a quote inside a string literal must be doubled).");
        }
        return new Equals(property, value.toString());
    }
}
