package dev.aksca.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.error.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A verification's {@code since} instant reads as {@code OffsetDateTime.parse} reads it, on either path. */
class SignInFilterInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-31T00:00:00Z",
        "2026-11-29T24:00:00Z", "2026-11-29T23:60:00Z", "2026-11-29T23:59:60Z", "2026-11-29T00:00:39.Z",
        "2026-11-29T00:00:39.1234567890Z", "2026-11-29t00:00:39Z", "2026-11-29T00:00:39z", "2026-11-29T00:00Z",
        "2026-11-29T00:00:39+00:00", "2026-11-29T01:00:39+01:00", "+2026-11-29T00:00:39Z", "2026-11-29T00:0a:39Z",
        "2026-11-29 00:00:39Z", "2026-1-29T00:00:39.000Z", "2026-11-29T00:00:39.-12Z"})
    void aSinceOutsideTheFastPathReadsAsTheJdksParserReadsIt(String since) {
        OffsetDateTime jdk;
        try {
            jdk = OffsetDateTime.parse(since).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException rejected) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> SignInFilterInput.from(since,
                    Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC)));
            assertTrue(problem.getMessage().contains("an instant such as 2026-01-01T00:00:00Z"), problem.getMessage());
            return;
        }
        assertEquals(jdk, SignInFilterInput.from(since, Clock.fixed(jdk.toInstant().plusSeconds(60),
                ZoneOffset.UTC)), "a value the fast path leaves alone still reads as the JDK reads it");
    }
}
