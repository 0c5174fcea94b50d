package dev.errdex.catalog.scan;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.CodeNamespace;
import dev.errdex.catalog.CodeSpelling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number ranges of a product's areas, read from an areas file ({@value #FILE_NAME} at the root of the source
 * tree), and the next free code of an area: {@code errdex codes next --namespace ERR_ACME --area billing}.
 *
 * <pre>
 * # errdex-areas.properties: one area a line, name = first-last (inclusive); ranges must not overlap
 * auth    = 1000-1099
 * billing = 1100-1199
 * </pre>
 *
 * <p>The next code of an area is one above the highest number taken in its range, so codes keep the order they were
 * minted in and a retired number is not handed out again; when the top of the range is taken, the lowest free number
 * of the range. Without an area, it is one above the highest number of the whole namespace. "Taken" is every code
 * given: the catalog's codes (deprecated ones included) and those the scanner found in the source.
 */
public final class CodeAreas {

    /** The file name looked for at the root of a source tree. */
    public static final String FILE_NAME = "errdex-areas.properties";

    private static final Pattern LINE = Pattern.compile("([A-Za-z][\\w.-]*)\\s*[=:]\\s*(\\d+)\\s*-\\s*(\\d+)");

    /** An area and its inclusive number range. */
    public record Area(String name, int first, int last) {
        boolean contains(int n) {
            return n >= first && n <= last;
        }

        @Override
        public String toString() {
            return name + " " + first + "-" + last;
        }
    }

    /** A run of consecutive taken numbers, e.g. 1000-1012. */
    public record Run(int first, int last) {
        @Override
        public String toString() {
            return first == last ? String.valueOf(first) : first + "-" + last;
        }
    }

    /**
     * The proposal.
     *
     * @param code  the next free code, e.g. {@code ERR_ACME_1013}
     * @param area  the area asked for; empty when none was
     * @param taken the runs of taken numbers (within the area when one was asked for), ascending
     * @param areas every area with how many of its numbers are taken, for the listing
     */
    public record NextCode(String code, Optional<Area> area, List<Run> taken, List<AreaUse> areas) {
    }

    /** An area and how many codes of it are taken. */
    public record AreaUse(Area area, int taken) {
    }

    private final List<Area> areas;

    private CodeAreas(List<Area> areas) {
        this.areas = areas;
    }

    /** No areas: {@link #next} only answers without an area. */
    public static CodeAreas none() {
        return new CodeAreas(List.of());
    }

    /** The areas file of a source tree, or {@link #none()} when it has none. */
    public static CodeAreas find(Path root) {
        Path file = root.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : none();
    }

    /**
     * Reads an areas file given by path ({@code codes next --areas FILE}).
     *
     * @throws CatalogException {@link CatalogError#AREAS_INVALID} when it cannot be read or is not valid
     */
    public static CodeAreas read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw invalid("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an areas file.
     *
     * @throws CatalogException {@link CatalogError#AREAS_INVALID} for a line that is not {@code name = first-last},
     *                          a range whose first number is above its last, a name given twice, or overlapping ranges
     */
    public static CodeAreas parse(String text, String source) {
        List<Area> areas = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            String where = source + ":" + (i + 1);
            if (!m.matches()) {
                throw invalid(where + ": '" + line + "' is not 'name ="
                        + " first-last'", null);
            }
            long first = Long.parseLong(m.group(2));
            long last = Long.parseLong(m.group(3));
            long max = (long) Math.pow(10, CodeSpelling.MAX_DIGITS) - 1;
            if (first > last || last > max) {
                throw invalid(where + ": the range " + first + "-" + last
                        + " is empty or longer than " + CodeSpelling.MAX_DIGITS + " digits", null);
            }
            String name = m.group(1);
            Area area = new Area(name, (int) first, (int) last);
            for (Area other : areas) {
                if (other.name().equalsIgnoreCase(name)) {
                    throw invalid(where + ": the area " + name
                            + " is named twice", null);
                }
                if (area.first() <= other.last() && other.first() <= area.last()) {
                    throw invalid(where + ": " + area + " overlaps "
                            + other, null);
                }
            }
            areas.add(area);
        }
        areas.sort(Comparator.comparingInt(Area::first));
        return new CodeAreas(List.copyOf(areas));
    }

    /** The one place that raises {@link CatalogError#AREAS_INVALID}. */
    private static CatalogException invalid(String detail, Throwable cause) {
        return new CatalogException(CatalogError.AREAS_INVALID, detail, cause);
    }

    public List<Area> areas() {
        return areas;
    }

    /**
     * The next free code.
     *
     * @param namespace  e.g. {@code ERR_ACME}
     * @param area       an area name (any case), or null for the whole namespace
     * @param codesInUse codes in any spelling; those of other namespaces are left out
     * @throws CatalogException {@link CatalogError#AREA_UNKNOWN} for an area not in the file,
     *                          {@link CatalogError#AREA_FULL} when the area has no free number
     */
    public NextCode next(String namespace, String area, Collection<String> codesInUse) {
        String ns = CodeNamespace.canonical(namespace);
        TreeSet<Integer> taken = new TreeSet<>();
        for (String code : codesInUse) {
            CodeSpelling.parse(code).filter(c -> c.namespace().equals(ns)).ifPresent(c -> taken.add(c.number()));
        }
        List<AreaUse> uses = areas.stream()
                .map(a -> new AreaUse(a, taken.subSet(a.first(), true, a.last(), true).size())).toList();
        if (area == null || area.isBlank()) {
            int next = taken.isEmpty() ? 1 : taken.last() + 1;
            return new NextCode(ns + "_" + next, Optional.empty(), runs(taken), uses);
        }
        Area chosen = areas.stream().filter(a -> a.name().equalsIgnoreCase(area.strip())).findFirst()
                .orElseThrow(() -> new CatalogException(CatalogError.AREA_UNKNOWN, "no area '" + area + "'; the"
                        + " areas are " + (areas.isEmpty() ? "none (no " + FILE_NAME + ")"
                        : areas.stream().map(Area::name).toList())));
        TreeSet<Integer> inArea = new TreeSet<>(taken.subSet(chosen.first(), true, chosen.last(), true));
        Integer next = null;
        if (inArea.isEmpty()) {
            next = chosen.first();
        } else if (inArea.last() < chosen.last()) {
            next = inArea.last() + 1;
        } else {
            for (int n = chosen.first(); n <= chosen.last(); n++) {
                if (!inArea.contains(n)) {
                    next = n;
                    break;
                }
            }
        }
        if (next == null) {
            throw new CatalogException(CatalogError.AREA_FULL, "all " + (chosen.last() - chosen.first() + 1)
                    + " numbers of " + chosen + " are taken");
        }
        return new NextCode(ns + "_" + next, Optional.of(chosen), runs(inArea), uses);
    }

    private static List<Run> runs(TreeSet<Integer> numbers) {
        List<Run> runs = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int n : numbers) {
            if (prev != null && n == prev + 1) {
                prev = n;
                continue;
            }
            if (start != null) {
                runs.add(new Run(start, prev));
            }
            start = n;
            prev = n;
        }
        if (start != null) {
            runs.add(new Run(start, prev));
        }
        return List.copyOf(runs);
    }
}
