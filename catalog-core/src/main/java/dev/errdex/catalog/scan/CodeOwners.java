package dev.errdex.catalog.scan;

import dev.errdex.catalog.scan.internal.PathPattern;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@code CODEOWNERS} file: lines of a path pattern followed by owners ({@code @team}, {@code @user}, an e-mail).
 * The last matching line wins; a line with a pattern and no owners leaves the path without owners. Patterns are read
 * like {@code .gitignore} patterns (without negation); a pattern that names a folder owns everything below it, except
 * one ending in {@code /*}, which owns the folder's own files only ({@code docs/*}).
 */
public final class CodeOwners {

    /** Where the file is looked for, in this order (GitHub's order). */
    public static final List<String> LOCATIONS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS");

    private record Rule(PathPattern pattern, List<String> owners) {
    }

    private final String source;
    private final List<Rule> rules;

    private CodeOwners(String source, List<Rule> rules) {
        this.source = source;
        this.rules = rules;
    }

    /** The CODEOWNERS file of a source tree, from the first of {@link #LOCATIONS} that exists. */
    public static Optional<CodeOwners> find(Path root) {
        for (String location : LOCATIONS) {
            Path file = root.resolve(location);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8), location));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        return Optional.empty();
    }

    /** Reads CODEOWNERS text; {@code source} names it in reports. */
    public static CodeOwners parse(String text, String source) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            int hash = line.indexOf(" #");
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("(?<!\\\\)\\s+"); // a pattern may hold a quoted space: a\ b
            PathPattern pattern = PathPattern.parse(parts[0], false);
            if (pattern != null) {
                rules.add(new Rule(pattern, List.copyOf(Arrays.asList(parts).subList(1, parts.length))));
            }
        }
        return new CodeOwners(source, List.copyOf(rules));
    }

    /** The owners of {@code path} (slash-separated, relative to the tree's root); empty when none. */
    public List<String> ownersOf(String path) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule rule = rules.get(i);
            if (rule.pattern().matchesFileOrFolder(path)) {
                return rule.owners();
            }
        }
        return List.of();
    }

    /** Where the file was read from, e.g. {@code .github/CODEOWNERS}. */
    public String source() {
        return source;
    }
}
