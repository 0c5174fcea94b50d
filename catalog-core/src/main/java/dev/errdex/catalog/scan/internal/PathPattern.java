package dev.errdex.catalog.scan.internal;

import java.util.regex.Pattern;

/**
 * One pattern of a {@code .gitignore} or {@code CODEOWNERS} file, matched against a slash-separated path relative to
 * the folder of the file that holds the pattern.
 *
 * <p>The subset read: blank lines and {@code #} comments are skipped; {@code !} negates; a trailing {@code /} matches
 * folders only; a pattern with a {@code /} at its start or middle is anchored to the file's folder, one without
 * matches a name at any depth; {@code *} and {@code ?} do not cross {@code /}; {@code [a-z]} and {@code [!a-z]} are
 * character classes; {@code **} as a whole segment crosses folders; a backslash quotes the next character. Trailing
 * spaces are dropped unless quoted.
 */
public final class PathPattern {

    private final String source;
    private final boolean negated;
    private final boolean foldersOnly;
    private final Pattern regex;

    private PathPattern(String source, boolean negated, boolean foldersOnly, Pattern regex) {
        this.source = source;
        this.negated = negated;
        this.foldersOnly = foldersOnly;
        this.regex = regex;
    }

    /** The pattern of one line, or null for a blank line or a comment. */
    public static PathPattern parse(String line, boolean negationAllowed) {
        String p = stripTrailingSpaces(line);
        if (p.isEmpty() || p.startsWith("#")) {
            return null;
        }
        boolean negated = false;
        if (negationAllowed && p.startsWith("!")) {
            negated = true;
            p = p.substring(1);
        }
        boolean foldersOnly = false;
        while (p.endsWith("/") && p.length() > 1) {
            foldersOnly = true;
            p = p.substring(0, p.length() - 1);
        }
        boolean anchored = p.indexOf('/') >= 0 && !p.equals("/");
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return null;
        }
        String body = globToRegex(p);
        String regex = anchored || p.startsWith("**") ? body : "(?:.*/)?" + body;
        return new PathPattern(line, negated, foldersOnly, Pattern.compile(regex));
    }

    /** Whether the pattern names {@code path} (a file, or a folder when {@code folder}). */
    public boolean matches(String path, boolean folder) {
        if (foldersOnly && !folder) {
            return false;
        }
        return regex.matcher(path).matches();
    }

    /**
     * Whether the pattern names {@code filePath} or one of the folders that hold it (CODEOWNERS reading: a folder
     * pattern owns everything below it).
     */
    public boolean matchesFileOrFolder(String filePath) {
        if (matches(filePath, false)) {
            return true;
        }
        if (source.strip().endsWith("/*")) {
            return false; // "docs/*": the folder's own files, not those of its subfolders
        }
        for (int i = filePath.lastIndexOf('/'); i > 0; i = filePath.lastIndexOf('/', i - 1)) {
            if (matches(filePath.substring(0, i), true)) {
                return true;
            }
        }
        return false;
    }

    public boolean negated() {
        return negated;
    }

    @Override
    public String toString() {
        return source;
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t'
                || line.charAt(end - 1) == '\r')) {
            if (end >= 2 && line.charAt(end - 2) == '\\') {
                break;
            }
            end--;
        }
        return line.substring(0, end).stripLeading().isEmpty() ? "" : line.substring(0, end);
    }

    private static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int n = glob.length();
        for (int i = 0; i < n; i++) {
            char c = glob.charAt(i);
            boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
            if (c == '*' && i + 1 < n && glob.charAt(i + 1) == '*' && segmentStart
                    && (i + 2 == n || glob.charAt(i + 2) == '/')) {
                if (i + 2 == n) {
                    re.append(".*"); // trailing "**": everything inside
                } else {
                    re.append("(?:.*/)?"); // "**/": zero or more folders
                    i++;
                }
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    String cls = glob.substring(i + 1, close);
                    if (cls.startsWith("!")) {
                        cls = "^" + cls.substring(1);
                    }
                    re.append('[').append(cls.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < n) {
                re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
