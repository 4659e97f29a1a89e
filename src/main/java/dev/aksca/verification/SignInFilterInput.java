package dev.aksca.verification;

import dev.aksca.azure.Names;
import dev.aksca.error.ApiProblem;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Validates the user and window of a verification before any of it reaches an OData filter. */
final class SignInFilterInput {

    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    // Entra keeps sign-in logs for 30 days on P1/P2.
    static final Duration MAX_WINDOW = Duration.ofDays(30);
    static final int MAX_USER_LENGTH = 256;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000};

    private SignInFilterInput() {
    }

    /** A user as the filter needs it: exactly one of the two is set, or neither for all users. */
    record User(String objectId, String userPrincipalName) {
        String key() {
            return objectId != null ? objectId : userPrincipalName == null ? "*" : userPrincipalName;
        }
    }

    static User user(String value) {
        return user(value, "query");
    }

    /** {@code in} names where the value came from in a validation problem ({@code query} or {@code body}). */
    static User user(String value, String in) {
        if (value == null || value.isEmpty()) {
            return new User(null, null);
        }
        if (value.length() > MAX_USER_LENGTH) {
            throw ApiProblem.invalid("user", in, "at most " + MAX_USER_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw ApiProblem.invalid("user", in, "must not contain control characters");
            }
        }
        if (Names.isGuid(value)) {
            return new User(value.toLowerCase(Locale.ROOT), null);
        }
        if (Names.isUserPrincipalName(value)) {
            return new User(null, value.toLowerCase(Locale.ROOT));
        }
        throw ApiProblem.invalid("user", in, "must be a user principal name (name@domain) or an object id (GUID)");
    }

    static OffsetDateTime from(String since, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (since == null || since.isEmpty()) {
            return now.minus(DEFAULT_WINDOW);
        }
        if (since.length() > 64) {
            throw ApiProblem.invalid("since", "query", "must be an ISO-8601 duration such as PT24H or an instant");
        }
        OffsetDateTime from;
        if (since.startsWith("P") || since.startsWith("p")) {
            Duration window;
            try {
                window = Duration.parse(since);
            } catch (DateTimeParseException e) {
                throw ApiProblem.invalid("since", "query", "not an ISO-8601 duration (PT24H, P7D)");
            }
            if (window.isNegative() || window.isZero()) {
                throw ApiProblem.invalid("since", "query", "the duration must be positive");
            }
            from = now.minus(window.compareTo(MAX_WINDOW) > 0 ? MAX_WINDOW.plusSeconds(1) : window);
        } else {
            try {
                from = utcInstant(since);
                if (from == null) {
                    from = OffsetDateTime.parse(since).withOffsetSameInstant(ZoneOffset.UTC);
                }
            } catch (DateTimeParseException e) {
                throw ApiProblem.invalid("since", "query",
                        "must be an ISO-8601 duration such as PT24H or an instant such as 2026-01-01T00:00:00Z");
            }
            if (from.isAfter(now)) {
                throw ApiProblem.invalid("since", "query", "must not be in the future");
            }
        }
        if (from.isBefore(now.minus(MAX_WINDOW))) {
            throw ApiProblem.invalid("since", "query", "sign-in logs reach back at most 30 days (P30D)");
        }
        return from;
    }

    /**
     * The instant callers send almost always, {@code 2026-01-01T00:00:00Z} with up to nine digits of fraction, read
     * without a formatter: {@code OffsetDateTime.parse} builds a parse context and a map of fields per call, 3 % of
     * a verification's CPU in a profile. Anything else, an impossible date included, is left to it (null), so values
     * and errors stay its own.
     */
    static OffsetDateTime utcInstant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int digits = length - 21;
            if (text.charAt(19) != '.' || digits == 0) {
                return null;
            }
            int fraction = digits(text, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * POWERS_OF_TEN[9 - digits];
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, ZoneOffset.UTC);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The decimal number of ASCII digits {@code [from, to)}, or -1 when any other character is there. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
