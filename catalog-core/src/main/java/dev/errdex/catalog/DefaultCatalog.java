package dev.errdex.catalog;

import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.io.GuideOverlay;
import dev.errdex.catalog.io.ReadResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog that ships inside errdex (ngrok's codes), read from the classpath. Needs no database.
 *
 * <p>It is the generated catalog file {@value #RESOURCE} merged with the fix-guide overlays listed, one file name a
 * line, in {@value #GUIDES}{@code index.txt} (blank lines and {@code #} comments ignored; a missing index means no
 * overlays). See {@link GuideOverlay} for the overlay format and merge rule.
 */
public final class DefaultCatalog {

    /** Classpath location of the bundled catalog. */
    public static final String RESOURCE = "/errdex/catalog/ngrok-catalog.json";

    /** Classpath folder of the guide overlays and their {@code index.txt}. */
    public static final String GUIDES = "/errdex/catalog/guides/";

    private DefaultCatalog() {
    }

    /**
     * The bundled catalog with its overlays, and a fingerprint of them.
     *
     * @param entries  all entries, ordered by code number
     * @param sha256   hex SHA-256 over the catalog file and every overlay (name and content): changes whenever
     *                 anything bundled changes
     * @param overlays the overlay file names merged, in index order
     */
    public record Bundle(List<CatalogEntry> entries, String sha256, List<String> overlays) {
    }

    /** All bundled entries, ordered by code number. */
    public static List<CatalogEntry> load() {
        return bundle().entries();
    }

    /** The bundled catalog with overlays and fingerprint. */
    public static Bundle bundle() {
        return bundle(RESOURCE, GUIDES);
    }

    /**
     * A catalog and its overlays from other classpath locations (for tests and tools).
     *
     * @param catalogResource absolute classpath path of the catalog file (JSON)
     * @param guidesFolder    absolute classpath folder holding {@code index.txt} and the overlays, ending in '/'
     * @throws CatalogException when the catalog is missing or invalid, or an overlay is missing or invalid
     */
    public static Bundle bundle(String catalogResource, String guidesFolder) {
        Raw raw = Raw.read(catalogResource, guidesFolder);
        ReadResult read = CatalogFile.read(new ByteArrayInputStream(raw.catalog()), CatalogFormat.JSON, catalogResource);
        if (!read.rejected().isEmpty()) {
            throw new IllegalStateException("the bundled catalog " + catalogResource + " has invalid entries: "
                    + read.rejected());
        }
        List<GuideOverlay> overlays = new ArrayList<>();
        raw.overlays().forEach((name, bytes) -> overlays.add(GuideOverlay.read(name, new ByteArrayInputStream(bytes))));
        List<CatalogEntry> entries = GuideOverlay.apply(read.catalogEntries(), overlays);
        return new Bundle(entries, raw.sha256(), List.copyOf(raw.overlays().keySet()));
    }

    /**
     * The fingerprint of the bundled catalog ({@link Bundle#sha256()}) without parsing it: cheap enough to compare at
     * every start.
     */
    public static String fingerprint() {
        return Raw.read(RESOURCE, GUIDES).sha256();
    }

    /** The bytes of a catalog and its overlays (by name, in index order). */
    private record Raw(byte[] catalog, Map<String, byte[]> overlays) {

        static Raw read(String catalogResource, String guidesFolder) {
            byte[] catalog = resource(catalogResource);
            if (catalog == null) {
                throw new CatalogException(CatalogError.BUNDLE_MISSING, catalogResource + " is not on the classpath");
            }
            Map<String, byte[]> overlays = new LinkedHashMap<>();
            byte[] index = resource(guidesFolder + "index.txt");
            if (index != null) {
                for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
                    String name = line.strip();
                    if (name.isEmpty() || name.startsWith("#")) {
                        continue;
                    }
                    byte[] overlay = resource(guidesFolder + name);
                    if (overlay == null) {
                        throw new CatalogException(CatalogError.OVERLAY_MISSING,
                                "index.txt names " + name + " but " + guidesFolder + name + " does not exist");
                    }
                    overlays.put(name, overlay);
                }
            }
            return new Raw(catalog, overlays);
        }

        String sha256() {
            MessageDigest digest = Sha256.digest();
            digest.update(catalog);
            overlays.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = DefaultCatalog.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

}
