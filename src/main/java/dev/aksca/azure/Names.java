package dev.aksca.azure;

/**
 * The identifiers and names callers send on every request, checked by hand rather than by regular expressions: under
 * C1 alone the expressions took 4 % of a verification's CPU (JFR). {@code NamesTest} holds the expressions these
 * checks replace and compares both on generated values.
 */
public final class Names {

    private Names() {
    }

    /** An Entra or ARM object id in its 8-4-4-4-12 hexadecimal form, either case. */
    public static boolean isGuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphen ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /** ARM: 1-90 letters (any script), decimal digits, underscores, parentheses, hyphens and periods, no final period. */
    public static boolean isResourceGroup(String value) {
        if (value == null || value.isEmpty() || value.endsWith(".")) {
            return false;
        }
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (++count > 90 || !(Character.isLetter(c) || Character.isDigit(c) || "_().-".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** AKS: 1-63 ASCII letters, digits, underscores and hyphens, starting and ending with a letter or digit. */
    public static boolean isClusterName(String value) {
        if (value == null || value.isEmpty() || value.length() > 63) {
            return false;
        }
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            boolean allowed = isAsciiAlphanumeric(c) || (i > 0 && i < last && (c == '_' || c == '-'));
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Entra UPNs: ASCII letters, digits and ' . _ ! # ^ ~ + - before the @, a domain of two or more labels after it. */
    public static boolean isUserPrincipalName(String value) {
        int at = value == null ? -1 : value.indexOf('@');
        if (at < 1) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = value.charAt(i);
            if (!isAsciiAlphanumeric(c) && "'._!#^~+-".indexOf(c) < 0) {
                return false;
            }
        }
        int labels = 0;
        int labelLength = 0;
        for (int i = at + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return false;
                }
                labels++;
                labelLength = 0;
            } else if (isAsciiAlphanumeric(c) || c == '-') {
                labelLength++;
            } else {
                return false;
            }
        }
        return labelLength > 0 && labels >= 1;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
