package dev.aksca.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of Bicep to check a template's shape without the Bicep CLI (not available here): comments
 * stripped, balanced {@code {}}/{@code []} blocks by key, top-level elements of an array, quoted values and
 * parameter declarations with their decorators.
 */
final class Bicep {

    private static final Pattern PARAM = Pattern.compile("^param\\s+(\\w+)\\s+(\\w+)(.*)$", Pattern.MULTILINE);

    private final String text;

    private Bicep(String text) {
        this.text = text;
    }

    static Bicep read(Path file) {
        try {
            return new Bicep(stripComments(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Bicep of(String text) {
        return new Bicep(text);
    }

    String text() {
        return text;
    }

    /** The body of the first {@code key: {...}} or {@code key: [...]} block, brackets excluded. */
    Optional<Bicep> block(String key) {
        Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "\\s*:\\s*(?:[^\\n{\\[]*\\?\\s*)?([\\[{])").matcher(text);
        while (m.find()) {
            int open = m.start(1);
            int close = matching(text, open);
            return Optional.of(new Bicep(text.substring(open + 1, close)));
        }
        return Optional.empty();
    }

    /** The top-level {@code {...}} elements of an array body. */
    List<Bicep> objects() {
        List<Bicep> objects = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                i = endOfString(text, i);
            } else if (c == '{' && depth == 0) {
                int close = matching(text, i);
                objects.add(new Bicep(text.substring(i + 1, close)));
                i = close;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return objects;
    }

    /** Every quoted string value, in order (array items, for a block that is an array of strings). */
    List<String> strings() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\'') {
                int end = endOfString(text, i);
                values.add(text.substring(i + 1, end).replace("\\'", "'"));
                i = end;
            }
        }
        return values;
    }

    /** The raw value of {@code key: value} on one line, e.g. {@code 'Startup'}, {@code port}, {@code true}. */
    Optional<String> value(String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*:\\s*(.+?)\\s*$").matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** {@code value(key)} without its quotes. */
    Optional<String> string(String key) {
        return value(key).filter(v -> v.startsWith("'") && v.endsWith("'")).map(v -> v.substring(1, v.length() - 1));
    }

    /** Every {@code param}, in order, with the decorator lines directly above it. */
    Map<String, Param> params() {
        Map<String, Param> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            params.put(m.group(1), new Param(m.group(1), m.group(2), m.group(3).contains("="), decorators(m.start())));
        }
        return params;
    }

    /** The whole expression of {@code var name = ...}, up to the end of its last line. */
    Optional<Bicep> variable(String name) {
        Matcher m = Pattern.compile("(?m)^var\\s+" + Pattern.quote(name) + "\\s*=").matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int depth = 0;
        int i = m.end();
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                i = endOfString(text, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '\n' && depth == 0) {
                break;
            }
        }
        return Optional.of(new Bicep(text.substring(m.end(), i).strip()));
    }

    /** The body of the {@code {...}} that follows a declaration such as {@code module api 'x.bicep' =}. */
    Optional<Bicep> body(String declaration) {
        int at = text.indexOf(declaration);
        if (at < 0) {
            return Optional.empty();
        }
        int open = text.indexOf('{', at + declaration.length());
        return Optional.of(new Bicep(text.substring(open + 1, matching(text, open))));
    }

    private String decorators(int paramStart) {
        List<String> lines = List.of(text.substring(0, paramStart).split("\n"));
        StringBuilder decorators = new StringBuilder();
        int depth = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            depth += count(line, ')') + count(line, ']') - count(line, '(') - count(line, '[');
            if (depth == 0 && !line.startsWith("@")) {
                break;
            }
            decorators.insert(0, line + "\n");
        }
        return decorators.toString();
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                i = endOfString(s, i);
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("unbalanced bracket at " + open);
    }

    private static int endOfString(String s, int quote) {
        for (int i = quote + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '\'') {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated string at " + quote);
    }

    private static String stripComments(String source) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\'') {
                int end = endOfString(source, i);
                out.append(source, i, end + 1);
                i = end;
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    record Param(String name, String type, boolean hasDefault, String decorators) {
        boolean described() {
            return decorators.contains("@description(");
        }

        boolean secure() {
            return decorators.contains("@secure()");
        }
    }
}
