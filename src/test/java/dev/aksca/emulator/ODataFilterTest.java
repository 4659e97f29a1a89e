package dev.aksca.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ODataFilterTest {

    private static final Set<String> PROPERTIES = Set.of("displayName");

    @Test
    void doubledQuoteInsideLiteralIsOneQuote() {
        ODataFilter.Match eq = ODataFilter.parseEquals("displayName eq 'rg-o''neil ''x'''", PROPERTIES);
        assertEquals("displayName", eq.property());
        assertEquals("rg-o'neil 'x'", eq.value());
    }

    @Test
    void propertyNameAndOperatorAreMatchedCaseInsensitively() {
        ODataFilter.Match eq = ODataFilter.parseEquals("  DisplayName EQ 'AKS a/b'  ", PROPERTIES);
        assertEquals("displayName", eq.property());
        assertEquals("AKS a/b", eq.value());
    }

    @Test
    void singleQuoteInsideLiteralIsRejected() {
        ApiException e = assertThrows(ApiException.class,
                () -> ODataFilter.parseEquals("displayName eq 'rg-o'neil'", PROPERTIES));
        assertEquals(400, e.status());
    }

    @Test
    void unterminatedLiteralIsRejected() {
        assertThrows(ApiException.class, () -> ODataFilter.parseEquals("displayName eq 'abc", PROPERTIES));
    }

    @Test
    void otherPropertiesAndOperatorsAreRejected() {
        assertThrows(ApiException.class, () -> ODataFilter.parseEquals("state eq 'enabled'", PROPERTIES));
        assertThrows(ApiException.class, () -> ODataFilter.parseEquals("startswith(displayName,'a')", PROPERTIES));
        assertThrows(ApiException.class,
                () -> ODataFilter.parseEquals("displayName eq 'a' or displayName eq 'b'", PROPERTIES));
    }

    @Test
    void inListsEveryLiteralWhereTheRouteAllowsIt() {
        ODataFilter.Match in = ODataFilter.parseEqualsOrIn("appId in ('a', 'o''b' ,'c')", Set.of("appId"));
        assertEquals("appId", in.property());
        assertEquals(List.of("a", "o'b", "c"), in.values());
        assertTrue(in.matchesIgnoringCase("O'B"));
        assertFalse(in.matchesIgnoringCase("d"));
    }

    @Test
    void inIsRefusedWhereOnlyEqualsIsSupportedAndWhenMalformed() {
        assertThrows(ApiException.class, () -> ODataFilter.parseEquals("displayName in ('a')", PROPERTIES));
        assertThrows(ApiException.class, () -> ODataFilter.parseEqualsOrIn("displayName in ('a'", PROPERTIES));
        assertThrows(ApiException.class, () -> ODataFilter.parseEqualsOrIn("displayName in ('a',)", PROPERTIES));
        assertThrows(ApiException.class, () -> ODataFilter.parseEqualsOrIn("displayName in ('a' 'b')", PROPERTIES));
        assertThrows(ApiException.class,
                () -> ODataFilter.parseEqualsOrIn("displayName in ('a') or displayName eq 'b'", PROPERTIES));
    }
}
