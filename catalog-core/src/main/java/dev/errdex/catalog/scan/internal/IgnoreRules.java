package dev.errdex.catalog.scan.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .gitignore} files that apply to a folder: its own and its parents', shallowest first. Within a file the
 * last matching pattern wins, and a deeper file overrides a shallower one, as git reads them. A folder that is
 * ignored is not entered, so nothing below it can be taken back by a negation (git's rule too).
 */
final class IgnoreRules {

    /** The rules of one {@code .gitignore} file and the folder it sits in (relative to the root, "" for the root). */
    private record IgnoreFile(String folder, List<PathPattern> patterns) {
    }

    static final IgnoreRules NONE = new IgnoreRules(List.of());

    private final List<IgnoreFile> files;

    private IgnoreRules(List<IgnoreFile> files) {
        this.files = files;
    }

    /** These rules and those of the {@code .gitignore} text found in {@code folder}. */
    IgnoreRules with(String folder, String gitignoreText) {
        List<PathPattern> patterns = new ArrayList<>();
        for (String line : gitignoreText.split("\n", -1)) {
            PathPattern p = PathPattern.parse(line, true);
            if (p != null) {
                patterns.add(p);
            }
        }
        if (patterns.isEmpty()) {
            return this;
        }
        List<IgnoreFile> more = new ArrayList<>(files);
        more.add(new IgnoreFile(folder, List.copyOf(patterns)));
        return new IgnoreRules(List.copyOf(more));
    }

    /** Whether {@code path} (relative to the root) is ignored. */
    boolean ignores(String path, boolean folder) {
        boolean ignored = false;
        for (IgnoreFile file : files) {
            String relative;
            if (file.folder().isEmpty()) {
                relative = path;
            } else if (path.startsWith(file.folder() + "/")) {
                relative = path.substring(file.folder().length() + 1);
            } else {
                continue;
            }
            for (PathPattern p : file.patterns()) {
                if (p.matches(relative, folder)) {
                    ignored = !p.negated();
                }
            }
        }
        return ignored;
    }
}
