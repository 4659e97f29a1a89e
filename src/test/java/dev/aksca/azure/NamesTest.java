package dev.aksca.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks accept exactly what the regular expressions they replace accepted. */
class NamesTest {

    private static final Pattern GUID = Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");
    private static final Pattern RESOURCE_GROUP = Pattern.compile("^[\\p{L}\\p{Nd}_().-]{1,90}$");
    private static final Pattern CLUSTER_NAME = Pattern.compile("^[a-zA-Z0-9]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$");
    private static final Pattern UPN = Pattern.compile("^[A-Za-z0-9'._!#^~+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    // Every character class the expressions name, their neighbours, non-ASCII letters and digits, a supplementary
    // letter, a lone surrogate and line terminators.
    private static final String[] PIECES = {"0", "9", "a", "f", "g", "A", "F", "G", "z", "Z", "-", "_", ".", "(", ")",
        "@", "'", "!", "#", "^", "~", "+", " ", "/", "\n", "é", "ß", "Ж", "中", "٣", "²", "\uD801\uDC00", "\uD800", "$", "*",
        "00000000", "0000", "-0000", "ab-cd", "@x.io", "..", "contoso.com"};

    @Test
    void aGuidIsWhatTheExpressionAccepted() {
        assertSame(GUID, Names::isGuid, List.of("00000000-0000-0000-0000-000000000001",
                "ABCDEF01-2345-6789-abcd-ef0123456789", "00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000001",
                "00000000-0000-0000-0000-00000000000g", "00000000+0000-0000-0000-000000000001",
                "00000000-0000-0000-0000-000000000001\n", "000000000-000-0000-0000-000000000001"), 36);
    }

    @Test
    void aResourceGroupIsWhatTheExpressionAcceptedWithoutAFinalPeriod() {
        Predicate<String> expression = value -> RESOURCE_GROUP.matcher(value).matches() && !value.endsWith(".");
        assertSame(expression, Names::isResourceGroup, List.of("rg-demo", "rg.demo.", "(rg)_1", "Ресурсы", "组",
                "x".repeat(90), "x".repeat(91), "\uD801\uDC00".repeat(90), "\uD801\uDC00".repeat(91), "rg\n", ""), 95);
    }

    @Test
    void aClusterNameIsWhatTheExpressionAccepted() {
        assertSame(CLUSTER_NAME, Names::isClusterName, List.of("a", "aks-demo", "-aks", "aks-", "a_b", "_", "a".repeat(63),
                "a".repeat(64), "aks.demo", "aks\n", ""), 66);
    }

    @Test
    void aUserPrincipalNameIsWhatTheExpressionAccepted() {
        assertSame(UPN, Names::isUserPrincipalName, List.of("alice@contoso.com", "o'brien+ci@sub.contoso.co.uk",
                "alice@contoso", "@contoso.com", "alice@@contoso.com", "alice@.contoso.com", "alice@contoso.com.",
                "alice@contoso..com", "al ice@contoso.com", "alice@contoso.com\n", "é@contoso.com", ""), 24);
    }

    @Test
    void nullIsNone() {
        assertFalse(Names.isGuid(null));
        assertFalse(Names.isResourceGroup(null));
        assertFalse(Names.isClusterName(null));
        assertFalse(Names.isUserPrincipalName(null));
        assertTrue(Names.isGuid("00000000-0000-0000-0000-000000000001"));
    }

    private static void assertSame(Pattern expression, Predicate<String> check, List<String> chosen, int maxPieces) {
        assertSame(value -> expression.matcher(value).matches(), check, chosen, maxPieces);
    }

    private static void assertSame(Predicate<String> expression, Predicate<String> check, List<String> chosen,
            int maxPieces) {
        List<String> values = new ArrayList<>(chosen);
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder value = new StringBuilder();
            int pieces = random.nextInt(maxPieces + 1);
            for (int p = 0; p < pieces; p++) {
                value.append(PIECES[random.nextInt(PIECES.length)]);
            }
            values.add(value.toString());
        }
        int accepted = 0;
        for (String value : values) {
            boolean expected = expression.test(value);
            assertEquals(expected, check.test(value), () -> "for \"" + value + "\"");
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 0, "the generated values never reach an accepted one");
    }
}
