package dev.aksca.emulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code $filter} subset the emulated {@code auditLogs/signIns} understands: {@code appId}, {@code userId} and
 * {@code userPrincipalName} with {@code eq} and a string literal (a quote inside written twice), and
 * {@code createdDateTime} with {@code ge}, {@code gt}, {@code le} or {@code lt} and an unquoted instant, joined by
 * {@code and}. Anything else is refused, so a client never mistakes an unfiltered log for a filtered one.
 */
final class SignInFilter implements Predicate<SignInLog.Entry> {

    private static final Map<String, String> TEXT_PROPERTIES = Map.of(
            "appid", "appId", "userid", "userId", "userprincipalname", "userPrincipalName");
    private static final String CREATED = "createdDateTime";
    private static final String SUPPORTED =
            "appId, userId, userPrincipalName (eq) and createdDateTime (ge, gt, le, lt)";

    private record Clause(String property, String operator, String text, Instant instant) {

        boolean test(SignInLog.Entry entry) {
            if (instant != null) {
                int order = entry.created().compareTo(instant);
                return switch (operator) {
                    case "ge" -> order >= 0;
                    case "gt" -> order > 0;
                    case "le" -> order <= 0;
                    default -> order < 0;
                };
            }
            // Object ids are GUIDs and UPNs are case-insensitive in Entra, so every comparison is.
            return text.equalsIgnoreCase(entry.signIn().getString(property));
        }
    }

    private final List<Clause> clauses;
    private final String source;
    private int pos;

    private SignInFilter(String source) {
        this.source = source;
        this.clauses = new ArrayList<>();
    }

    static SignInFilter parse(String filter) {
        SignInFilter parsed = new SignInFilter(filter == null ? "" : filter);
        if (filter != null) {
            parsed.parseAll();
        }
        return parsed;
    }

    @Override
    public boolean test(SignInLog.Entry entry) {
        return clauses.stream().allMatch(clause -> clause.test(entry));
    }

    private void parseAll() {
        skipSpaces();
        if (pos >= source.length()) {
            throw invalid("the filter is empty");
        }
        while (true) {
            clauses.add(clause());
            skipSpaces();
            if (pos >= source.length()) {
                return;
            }
            String joiner = word();
            if (!joiner.equalsIgnoreCase("and")) {
                throw invalid("only 'and' may join clauses, got '" + joiner + "'");
            }
            if (pos >= source.length() || !Character.isWhitespace(source.charAt(pos))) {
                throw invalid("a clause must follow 'and'");
            }
            skipSpaces();
        }
    }

    private Clause clause() {
        String name = word();
        if (name.isEmpty()) {
            throw invalid("a property name is expected at position " + pos);
        }
        skipSpaces();
        String operator = word().toLowerCase(Locale.ROOT);
        skipSpaces();
        if (name.equalsIgnoreCase(CREATED)) {
            if (!List.of("ge", "gt", "le", "lt").contains(operator)) {
                throw invalid("createdDateTime supports ge, gt, le and lt, not '" + operator + "'");
            }
            return new Clause(CREATED, operator, null, instant());
        }
        String property = TEXT_PROPERTIES.get(name.toLowerCase(Locale.ROOT));
        if (property == null) {
            throw invalid("filtering on property '" + name + "' is not supported; supported: " + SUPPORTED);
        }
        if (!operator.equals("eq")) {
            throw invalid(property + " supports only eq, not '" + operator + "'");
        }
        return new Clause(property, operator, literal(), null);
    }

    private String word() {
        int start = pos;
        while (pos < source.length() && Character.isLetterOrDigit(source.charAt(pos))) {
            pos++;
        }
        return source.substring(start, pos);
    }

    private String literal() {
        if (pos >= source.length() || source.charAt(pos) != '\'') {
            throw invalid("a string literal in single quotes is expected at position " + pos);
        }
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= source.length()) {
                throw invalid("unterminated string literal");
            }
            char c = source.charAt(pos++);
            if (c == '\'') {
                if (pos < source.length() && source.charAt(pos) == '\'') {
                    value.append('\'');
                    pos++;
                    continue;
                }
                return value.toString();
            }
            value.append(c);
        }
    }

    private Instant instant() {
        int start = pos;
        while (pos < source.length() && !Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
        String raw = source.substring(start, pos);
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("'" + raw + "' is not a DateTimeOffset such as 2026-01-01T00:00:00Z (unquoted)");
        }
    }

    private void skipSpaces() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
    }

    private ApiException invalid(String reason) {
        return ApiException.badRequest("Invalid filter clause: " + reason + ". The emulated tenant supports "
                + SUPPORTED + " joined by 'and'.");
    }
}
