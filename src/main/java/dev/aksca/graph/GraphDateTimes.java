package dev.aksca.graph;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Graph's date-times as the SDK's models read them: ISO-8601 with an offset, or without one as UTC. Every sign-in
 * carries one, and java.time's formatter took half the CPU of reading a page of them; Graph's own form
 * ({@code 2026-11-30T17:23:35.0705234Z}) is therefore read digit by digit, and any other text goes through the formatter,
 * so both paths give the same value and reject the same text.
 */
final class GraphDateTimes {

    private static final int SECONDS_END = "yyyy-MM-ddTHH:mm:ss".length();
    private static final int MAX_FRACTION = 9;

    private GraphDateTimes() {
    }

    /** The date-time, or null when the text is not one. */
    static OffsetDateTime parse(String text) {
        OffsetDateTime utc = graphForm(text);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with one to nine fraction digits; null for anything else or out of range. */
    static OffsetDateTime graphForm(String text) {
        int length = text.length();
        if (length < SECONDS_END + 1 || text.charAt(length - 1) != 'Z' || !separators(text)) {
            return null;
        }
        int nanos = 0;
        if (length > SECONDS_END + 1) {
            int digits = length - SECONDS_END - 2;
            if (text.charAt(SECONDS_END) != '.' || digits < 1 || digits > MAX_FRACTION) {
                return null;
            }
            nanos = number(text, SECONDS_END + 1, digits);
            if (nanos < 0) {
                return null;
            }
            for (int scale = digits; scale < MAX_FRACTION; scale++) {
                nanos *= 10;
            }
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static boolean separators(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    /** The decimal number of {@code digits} ASCII digits from {@code start}; -1 if any is not one. */
    private static int number(String text, int start, int digits) {
        int value = 0;
        for (int i = start; i < start + digits; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
