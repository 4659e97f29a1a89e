package dev.aksca.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The formatter-free read of a UTC instant against {@code OffsetDateTime.parse}. */
class UtcInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T00:00:39Z", "2026-11-29T00:00:39.3Z", "2026-11-29T00:00:39.356Z",
        "2026-11-29T23:59:59.123456Z", "2026-11-30T17:23:35.0705234Z", "2026-11-29T00:00:39.123456789Z",
        "2024-02-29T12:00:00Z", "0001-01-01T00:00:00Z", "2026-12-31T23:59:59.999999999Z"})
    void aPlainUtcInstantReadsAsTheJdksParserReadsIt(String text) {
        assertEquals(OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC), UtcInstants.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-31T00:00:00Z",
        "2026-11-29T24:00:00Z", "2026-11-29T23:60:00Z", "2026-11-29T23:59:60Z", "2026-11-29T00:00:39.Z",
        "2026-11-29T00:00:39.1234567890Z", "2026-11-29t00:00:39Z", "2026-11-29T00:00:39z", "2026-11-29T00:00Z",
        "2026-11-29T00:00:39+00:00", "2026-11-29T01:00:39+01:00", "+2026-11-29T00:00:39Z", "2026-11-29T00:0a:39Z",
        "2026-11-29 00:00:39Z", "2026-1-29T00:00:39.000Z", "2026-11-29T00:00:39.-12Z", "2026-11-29T00:00:39"})
    void anythingElseIsLeftToTheJdksParser(String text) {
        assertNull(UtcInstants.parse(text));
    }
}
