package dev.aksca.verification;

import dev.aksca.azure.Names;
import dev.aksca.azure.UtcInstants;
import dev.aksca.error.ApiProblem;
import java.time.Clock;
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
                from = UtcInstants.parse(since);
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
}
