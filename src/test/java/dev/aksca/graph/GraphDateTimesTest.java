package dev.aksca.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Graph's date-times must read as java.time's ISO formatter reads them, whichever path reads them. */
class GraphDateTimesTest {

    @Test
    void graphsOwnFormReadsDigitByDigitToTheFormattersValue() {
        for (String text : List.of("2026-11-30T17:23:35Z", "2026-11-30T17:23:35.5Z", "2026-11-30T17:23:35.070Z",
                "2026-11-30T17:23:35.0705234Z", "2026-11-30T17:23:35.070000523Z", "2024-02-29T00:00:00Z",
                "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z")) {
            OffsetDateTime fast = GraphDateTimes.graphForm(text);
            assertNotNull(fast, text);
            assertEquals(OffsetDateTime.parse(text), fast, text);
            assertEquals(fast, GraphDateTimes.parse(text), text);
        }
    }

    @Test
    void otherIsoFormsGoThroughTheFormatterAndWithoutAnOffsetAreUtc() {
        for (String text : List.of("2026-11-30T18:23:35.5+01:00", "2026-11-30t17:23:35z", "2026-11-30T17:23Z",
                "2026-11-30T17:23:35.Z", "+12026-11-30T17:23:35Z")) {
            assertNull(GraphDateTimes.graphForm(text), text);
            assertEquals(OffsetDateTime.parse(text), GraphDateTimes.parse(text), text);
        }
        assertEquals(LocalDateTime.parse("2026-11-29T10:00:00").atOffset(ZoneOffset.UTC),
                GraphDateTimes.parse("2026-11-29T10:00:00"));
    }

    @Test
    void textTheFormatterRejectsIsNoDateTimeOnEitherPath() {
        for (String text : List.of("yesterday", "2026-02-30T00:00:00Z", "2026-11-30T24:00:00Z", "2026-13-01T00:00:00Z",
                "2026-11-30T17:23:35.1234567890Z", "2026-11-30T17:23:3xZ", "2026-11-30 17:23:35Z", "2026-11-30T17:23:35ZZ",
                "")) {
            assertNull(GraphDateTimes.parse(text), text);
            assertThrows(DateTimeException.class, () -> OffsetDateTime.parse(text), text);
        }
    }
}
